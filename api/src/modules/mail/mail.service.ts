import type { EntityManager, QueryResult } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import { clockOf } from '../../kernel/clock.js';
import type { RequestContext } from '../../kernel/context.js';
import { pageSize } from '../../kernel/graphql/connection.js';
import { MailOutbox, type MailKind, type MailStatus } from './mail-outbox.entity.js';

/** A mail to write into the outbox. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  kind: MailKind;
  /** The fact mailed, unique across the outbox: a second mail with the same key is dropped. */
  dedupeKey: string;
  /** A token the text carries: hidden from the outbox screen and erased once sent. */
  secret?: string;
}

let kick: (() => Promise<unknown>) | undefined;

/**
 * How a committed mutation asks for delivery at once rather than at the next minute (the job
 * runner's `send`), registered at start by `app/mail.ts`. Without it, the scheduled run delivers.
 */
export function useMailKick(fn: (() => Promise<unknown>) | undefined): void {
  kick = fn;
}

/**
 * Writes a mail into the outbox with `em`, which must be the caller's transaction: the mail
 * exists exactly when the change it reports commits. A mail whose `dedupeKey` is already in the
 * outbox is dropped (`insert … on conflict do nothing`: two writers racing make one row, the
 * second waiting for the first to commit). Returns whether a row was written.
 */
export async function queueMail(em: EntityManager, mail: OutgoingMail): Promise<boolean> {
  const res = await em
    .createQueryBuilder(MailOutbox)
    .insert({
      id: randomUUID(),
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      kind: mail.kind,
      dedupeKey: mail.dedupeKey,
      secret: mail.secret ?? null,
      createdAt: clockOf(em).now(),
    })
    .onConflict('dedupeKey')
    .ignore()
    .execute<QueryResult<MailOutbox>>('run');
  const written = res.affectedRows > 0;
  if (written && kick) {
    const send = kick;
    const after = () => {
      void send().catch(() => undefined);
    };
    // In a mutation, after its commit; in a job, the scheduled run picks it up.
    currentAuditScope()?.afterCommit.push(after);
  }
  return written;
}

/** The outbox, newest first, for administrators; optionally one status. */
export function listOutbox(
  ctx: RequestContext,
  args: { status?: MailStatus | null; first?: number | null; after?: string | null },
) {
  return ctx.em.findByCursor(MailOutbox, {
    where: args.status ? { status: args.status } : {},
    first: pageSize(args.first),
    ...(args.after ? { after: args.after } : {}),
    orderBy: { createdAt: 'desc', id: 'desc' },
    includeCount: true,
  });
}
