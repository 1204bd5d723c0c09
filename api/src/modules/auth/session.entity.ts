import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { User } from './user.entity.js';
import { stampNow } from '../../kernel/clock.js';

/**
 * A sign-in and everything refreshed from it (a refresh-token family). Revoking it ends every
 * access token that carries its id at once, because each request checks it.
 */
@Entity()
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  @Index()
  user!: Ref<User>;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  /** Absolute end of the family, whatever the refreshes. */
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ length: 40, nullable: true })
  revokedReason?: string | null;

  @Property({ length: 64, nullable: true })
  ip?: string | null;

  @Property({ length: 300, nullable: true })
  userAgent?: string | null;
}

/**
 * One refresh token of a session, stored as its SHA-256 only. A token is used once; presenting
 * a used one means it was stolen or replayed, and the whole session is revoked (save a retry of
 * an answer lost in transit, `refresh-reuse.ts`).
 */
@Entity()
export class RefreshToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Session, { ref: true, deleteRule: 'cascade' })
  @Index()
  session!: Ref<Session>;

  @Property({ length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}
