import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Clock } from '../../kernel/clock.js';
import { defineJob } from '../../kernel/jobs.js';
import type { Logger } from '../../kernel/logger.js';
import { MailOutbox, MailStatus, redact } from './mail-outbox.entity.js';

/** How mail leaves: an SMTP server, or `.eml` files in a directory when there is none. */
export interface MailSettings {
  smtpUrl: string | undefined;
  from: string;
  /** Where `.eml` files go without SMTP (`<DATA_DIR>/mail`). */
  dir: string;
}

/** Attempts before a mail is marked FAILED and left alone. */
export const MAX_ATTEMPTS = 5;
/** Mails taken per transaction: a slow SMTP server holds few row locks at a time. */
const BATCH = 20;

let settings: MailSettings | undefined;
let transport: { key: string; transporter: Transporter } | undefined;

/** Gives the delivery job its settings; called once at start by `app/mail.ts`. */
export function useMailSettings(s: MailSettings): void {
  settings = s;
}

function transporterFor(s: MailSettings): Transporter {
  const key = s.smtpUrl ?? 'stream';
  if (transport?.key !== key) {
    const transporter = s.smtpUrl
      ? nodemailer.createTransport(s.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    transport = { key, transporter };
  }
  return transport.transporter;
}

/** A transport failure in a few words that hold no address and no content. */
function safeError(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; responseCode?: unknown };
    const parts = [
      typeof e.code === 'string' ? e.code : null,
      typeof e.responseCode === 'number' ? `SMTP ${String(e.responseCode)}` : null,
    ].filter((p): p is string => p !== null);
    if (parts.length > 0) return parts.join(' ');
  }
  return 'delivery failed';
}

function emlName(mail: MailOutbox, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${mail.kind.toLowerCase()}-${mail.id}.eml`;
}

/** Hands one mail over: to the SMTP server, or as an RFC 822 `.eml` file. */
async function send(mail: MailOutbox, s: MailSettings, now: Date): Promise<void> {
  const info: unknown = await transporterFor(s).sendMail({
    from: s.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    date: now,
    messageId: `<${mail.id}@caregraph>`,
    headers: { 'X-CareGraph-Kind': mail.kind },
  });
  if (s.smtpUrl) return;
  const message = (info as { message?: unknown }).message;
  if (!Buffer.isBuffer(message)) throw new Error('the stream transport returned no message');
  await mkdir(s.dir, { recursive: true, mode: 0o700 });
  await writeFile(path.join(s.dir, emlName(mail, now)), message, { mode: 0o600 });
}

/**
 * Delivers the queued mails, oldest first, in batches. Each batch is one transaction whose rows
 * are locked `FOR UPDATE SKIP LOCKED`, so two runs never take the same mail. A mail sent is
 * marked SENT and its token erased; a failure counts an attempt (FAILED after `MAX_ATTEMPTS`) and
 * the next run tries again. At least once: a crash between the hand-over and the commit sends
 * that mail again.
 */
export async function deliverQueuedMail(
  em: EntityManager,
  clock: Clock,
  s: MailSettings | undefined = settings,
  log?: Logger,
): Promise<{ sent: number; failed: number }> {
  if (!s) throw new Error('mail settings were not given (app/mail.ts)');
  let sent = 0;
  let failed = 0;
  // A mail that failed waits for the next run, not the next batch of this one.
  const tried: string[] = [];
  for (let round = 0; round < 50; round++) {
    const taken = await em.fork().transactional(async (tx) => {
      const rows = await tx.find(
        MailOutbox,
        tried.length > 0
          ? { status: MailStatus.QUEUED, id: { $nin: tried } }
          : { status: MailStatus.QUEUED },
        {
          orderBy: { createdAt: 'asc', id: 'asc' },
          limit: BATCH,
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        },
      );
      for (const mail of rows) {
        const now = clock.now();
        tried.push(mail.id);
        mail.attempts++;
        try {
          await send(mail, s, now);
          mail.status = MailStatus.SENT;
          mail.sentAt = now;
          mail.error = null;
          mail.text = redact(mail.text, mail.secret);
          if (mail.html) mail.html = redact(mail.html, mail.secret);
          mail.secret = null;
          sent++;
        } catch (err) {
          mail.error = safeError(err);
          if (mail.attempts >= MAX_ATTEMPTS) mail.status = MailStatus.FAILED;
          log?.warn({ mailId: mail.id, error: mail.error }, 'mail not delivered');
          failed++;
        }
      }
      return rows.length;
    });
    if (taken < BATCH) break;
  }
  return { sent, failed };
}

/**
 * Every minute, and on demand after a mutation wrote a mail: delivers the outbox. One run at a
 * time; rows are locked per batch besides.
 */
export const mailDeliveryJob = defineJob({
  name: 'mail.deliver',
  schedule: { cron: '* * * * *' },
  oneAtATime: true,
  retry: { limit: 1, delaySeconds: 30 },
  timeoutSeconds: 300,
  async run(_data, ctx) {
    const result = await deliverQueuedMail(ctx.em, ctx.clock, settings, ctx.log);
    if (result.sent + result.failed > 0) ctx.log.info(result, 'mail delivered');
    return result;
  },
});
