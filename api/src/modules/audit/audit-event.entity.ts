import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { auditDigestSql } from './audit-digest.js';
import { stampNow } from '../../kernel/clock.js';

export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
  DENIED = 'DENIED',
}

registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  description: 'Whether the audited action succeeded.',
});

/**
 * One line of the audit trail (R8). Append-only: the database refuses UPDATE, DELETE and
 * TRUNCATE (the TRUNCATE trigger is in the first migration: the ORM does not see
 * statement-level triggers). Tamper-evident: the insert trigger numbers the row and hashes its
 * content, with no lock and no read of other rows, so writers never wait for each other; the
 * sealing job then seals rows in hash-chained blocks (`audit-seal.ts`), and `audit:verify`
 * recomputes rows and blocks.
 *
 * The trigger takes the transaction's id before the row's number (`pg_current_xact_id()` assigns
 * one if the transaction has none yet): every row numbered before an instant then belongs to a
 * transaction that had an id before it, which is what lets the sealer know when no row below a
 * number can still appear. The column default consumed a number first; it is simply a hole.
 */
@ObjectType({ description: 'Who did or read what, when and from where.' })
@Entity()
@Index({ properties: ['actorId', 'occurredAt'] })
@Index({ properties: ['patientId', 'occurredAt'] })
@Index({ properties: ['action', 'occurredAt'] })
// Refusals per actor over a recent period (accessRefusals): a small partial index.
@Index({
  name: 'audit_event_denied_idx',
  expression:
    'create index "audit_event_denied_idx" on "audit_event" ("occurred_at", "actor_id") where "outcome" = \'DENIED\'',
})
@Trigger({
  name: 'audit_event_hash',
  timing: 'before',
  events: ['insert'],
  forEach: 'row',
  body: `
    perform pg_current_xact_id();
    new.id := nextval(pg_get_serial_sequence('audit_event', 'id'));
    new.prev_hash := null;
    new.hash := ${auditDigestSql('new')};
    return new;`,
})
@Trigger({
  name: 'audit_event_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `raise exception 'audit_event is append-only' using errcode = 'P0001';`,
})
export class AuditEvent {
  @Field(() => ID, { description: 'Position in the chain.' })
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string & Opt;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  @Property({ type: 'timestamptz', onCreate: stampNow })
  occurredAt!: Date & Opt;

  @Field(() => ID, { nullable: true, description: 'Account that acted; null when anonymous.' })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Role of the actor at the time.' })
  @Property({ length: 20, nullable: true })
  actorRole?: string | null;

  @Field(() => String, { description: 'What was done, e.g. `login` or `createUser`.' })
  @Property({ length: 80 })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Kind of record concerned.' })
  @Property({ length: 60, nullable: true })
  targetType?: string | null;

  @Field(() => String, { nullable: true, description: 'Identifier of the record concerned.' })
  @Property({ length: 64, nullable: true })
  targetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Patient concerned, when there is one.' })
  @Property({ type: 'uuid', nullable: true })
  patientId?: string | null;

  @Field(() => AuditOutcome, { description: 'Success, failure or denial.' })
  @Enum({ items: () => AuditOutcome, nativeEnumName: 'audit_outcome' })
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true, description: 'Error code of a failure.' })
  @Property({ length: 40, nullable: true })
  errorCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Client address.' })
  @Property({ length: 64, nullable: true })
  ip?: string | null;

  @Field(() => String, { nullable: true, description: 'Client software.' })
  @Property({ length: 300, nullable: true })
  userAgent?: string | null;

  @Field(() => String, { nullable: true, description: 'Request id, as in the logs.' })
  @Property({ length: 64, nullable: true })
  requestId?: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Context without secrets or clinical values.' })
  @Property({ type: 'jsonb', default: '{}' })
  details: Record<string, unknown> & Opt = {};

  /** The previous row's hash, on rows of the legacy chain only (before blocks); null since. */
  @Property({ length: 64, nullable: true })
  prevHash?: string & Opt;

  /** Hash of this row's content and number, set by the insert trigger. */
  @Property({ length: 64, nullable: true })
  hash?: string & Opt;
}
