import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { stampNow } from '../../kernel/clock.js';

export enum AuditBlockKind {
  /** Rows written before blocks existed: each row's hash covers the previous row's hash. */
  LEGACY_CHAIN = 'LEGACY_CHAIN',
  /** Rows hashed one by one at insert, sealed together by the sealing job. */
  BLOCK = 'BLOCK',
}

/**
 * A sealed run of the audit trail: every `audit_event` whose sequence number (`id`) lies in
 * [firstSeq, lastSeq], hashed together with the previous block's hash (`audit-seal.ts`). Blocks
 * cover the sequence without holes (each starts right after the previous one's end), so a row
 * removed from a block or slipped into one changes its count and hash. Append-only like the audit
 * rows themselves (the TRUNCATE trigger is in the migration).
 */
@Entity()
@Trigger({
  name: 'audit_block_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `raise exception 'audit_block is append-only' using errcode = 'P0001';`,
})
export class AuditBlock {
  /** 0, 1, 2, … in sealing order. */
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: false })
  number!: string;

  @Enum({ items: () => AuditBlockKind, nativeEnumName: 'audit_block_kind' })
  kind!: AuditBlockKind;

  @Property({ type: new BigIntType('string') })
  firstSeq!: string;

  @Property({ type: new BigIntType('string'), unique: true })
  lastSeq!: string;

  /** Rows sealed: sequence numbers of rolled-back transactions leave holes in the range. */
  @Property({ type: 'integer' })
  rowCount!: number;

  @Property({ length: 64 })
  prevHash!: string;

  @Property({ length: 64 })
  hash!: string;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  sealedAt!: Date & Opt;
}
