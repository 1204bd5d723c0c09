import { Arg, Ctx, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { Connection, fromCursor } from '../../kernel/graphql/connection.js';
import { MailOutbox, MailStatus } from './mail-outbox.entity.js';
import { listOutbox } from './mail.service.js';

@ObjectType({ description: 'A page of the mail outbox.' })
export class MailOutboxConnection extends Connection(MailOutbox, 'MailOutbox') {}

@Resolver(() => MailOutbox)
export class MailResolver {
  @Query(() => MailOutboxConnection, {
    description: 'Mails the hospital wrote, newest first, with their delivery (administrators).',
  })
  async mailOutbox(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => MailStatus, { nullable: true }) status?: MailStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<MailOutboxConnection> {
    return fromCursor(await listOutbox(ctx, { status, first, after }));
  }
}
