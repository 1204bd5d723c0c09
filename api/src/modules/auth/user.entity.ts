import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Locale, Role } from '../../kernel/auth/roles.js';
import { stampNow } from '../../kernel/clock.js';
import { mfaRequiredForRole } from './mfa.rules.js';

/**
 * An account. Invariants: the password hash, lockout counters and token version never leave the
 * server (no `@Field`).
 */
@ObjectType({ description: 'An account of a person who signs in to CareGraph.' })
@Entity({ tableName: 'app_user' })
export class User {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Sign-in email, unique, case-insensitive.' })
  @Property({ columnType: 'citext', unique: true })
  email!: string;

  @Property({ hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Role, { description: 'The role that decides what this account may do.' })
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  @Index()
  role!: Role;

  @Field(() => Boolean, { description: 'A disabled account cannot sign in; its sessions end.' })
  @Property({ default: true })
  active: boolean & Opt = true;

  @Field(() => Boolean, {
    description: 'Set after an administrator reset: the password must be changed first.',
  })
  @Property({ default: false })
  mustChangePassword: boolean & Opt = false;

  @Field(() => String, { description: 'Given name(s).' })
  @Property({ length: 100 })
  givenName!: string;

  @Field(() => String, { description: 'Family name as typed; displayed in capitals.' })
  @Property({ length: 100 })
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'Work or personal phone number.' })
  @Property({ length: 40, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  @Property({ length: 300, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title shown to colleagues.' })
  @Property({ length: 100, nullable: true })
  jobTitle?: string | null;

  @Field(() => Locale, { description: 'Preferred interface language.' })
  @Enum({ items: () => Locale, nativeEnumName: 'locale', default: Locale.fr })
  locale: Locale & Opt = Locale.fr;

  @Property({ default: 0 })
  failedLoginCount: number & Opt = 0;

  /** How many times the account was locked in a row; each lock doubles the next one. */
  @Property({ default: 0 })
  lockCount: number & Opt = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  /**
   * The TOTP secret of the enrolled authenticator, sealed with AES-256-GCM (`totp.ts`); null
   * while two-step verification is off. Never sent to anyone once enrolment is confirmed.
   */
  @Property({ type: 'text', hidden: true, lazy: true, nullable: true })
  mfaSecret?: string | null;

  /** A secret offered by `startMfaEnrolment`, sealed, until a first code confirms it. */
  @Property({ type: 'text', hidden: true, lazy: true, nullable: true })
  mfaPendingSecret?: string | null;

  /** When two-step verification was turned on; null while it is off. */
  @Property({ type: 'timestamptz', nullable: true })
  mfaEnabledAt?: Date | null;

  /**
   * The TOTP time step of the last code accepted: a code of this step or an earlier one is refused,
   * so a code seen over a shoulder or in a log cannot be played again.
   */
  @Property({ type: 'integer', nullable: true, hidden: true })
  mfaLastTimeStep?: number | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the owner proved the email is theirs (a verification or reset link).',
  })
  @Property({ type: 'timestamptz', nullable: true })
  emailVerifiedAt?: Date | null;

  @Field(() => Boolean, { description: 'The owner asked for no appointment reminders by mail.' })
  @Property({ default: false })
  remindersOptOut: boolean & Opt = false;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last successful sign-in.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the account was created.' })
  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  @Field(() => GraphQLISODateTime, { description: 'When the account last changed.' })
  @Property({ type: 'timestamptz', onCreate: stampNow, onUpdate: stampNow })
  updatedAt!: Date & Opt;

  @Field(() => Boolean, { description: 'Two-step verification (an authenticator app) is on.' })
  get mfaEnabled(): boolean & Opt {
    return this.mfaEnabledAt != null;
  }

  @Field(() => Boolean, {
    description: 'The role requires two-step verification (administrators and managers).',
  })
  get mfaRequired(): boolean & Opt {
    return mfaRequiredForRole(this.role);
  }

  @Field(() => String, { description: 'Display name, family name in capitals (R7).' })
  get displayName(): string & Opt {
    return displayNameOf(this);
  }
}

/** A person's name as CareGraph shows it: the family name in capitals, then the given name(s) (R7). */
export function displayNameOf(person: { familyName: string; givenName: string }): string {
  return `${person.familyName.toLocaleUpperCase('fr-FR')} ${person.givenName}`;
}

/** The account's language as the plain enum (the column's type carries the ORM's `Opt` brand). */
export function languageOf(user: Pick<User, 'locale'>): Locale {
  return String(user.locale) === 'en' ? Locale.en : Locale.fr;
}
