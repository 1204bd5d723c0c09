import {
  Arg,
  Ctx,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { Connection, fromCursor } from '../../kernel/graphql/connection.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventFilter } from './audit.inputs.js';
import { accessRefusals, listAuditEvents } from './audit.service.js';

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}

@ObjectType({ description: 'How often one account was refused access over a period.' })
export class ActorRefusals {
  @Field(() => ID, { description: 'The account refused.' })
  actorId!: string;

  @Field(() => String, { nullable: true, description: 'Its role when refused.' })
  actorRole!: string | null;

  @Field(() => Int, { description: 'Refusals in the period.' })
  refusals!: number;

  @Field(() => [String], { description: 'Operations refused (up to ten).' })
  operations!: string[];

  @Field(() => GraphQLISODateTime, { description: 'The latest refusal.' })
  lastAt!: Date;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => [ActorRefusals], {
    description: 'Refused operations per account since an instant, most refused first (admins).',
  })
  accessRefusals(
    @Ctx() ctx: RequestContext,
    @Arg('since', () => GraphQLISODateTime) since: Date,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<ActorRefusals[]> {
    return accessRefusals(ctx, since, first);
  }

  @Query(() => AuditEventConnection, { description: 'The audit trail (administrators).' })
  async auditEvents(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditEventConnection> {
    return fromCursor(await listAuditEvents(ctx, filter, first, after));
  }
}
