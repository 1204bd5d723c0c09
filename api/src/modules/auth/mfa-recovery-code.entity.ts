import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { stampNow } from '../../kernel/clock.js';
import { User } from './user.entity.js';

/**
 * One recovery code of an account's two-step verification. Invariants: only its SHA-256 is
 * stored; it is used at most once (`usedAt`, set by a conditional update); the set is replaced
 * whole at each enrolment and removed when verification is turned off or reset.
 */
@Entity({ tableName: 'mfa_recovery_code' })
export class MfaRecoveryCode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  user!: Ref<User>;

  @Property({ length: 64, unique: true })
  codeHash!: string;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}
