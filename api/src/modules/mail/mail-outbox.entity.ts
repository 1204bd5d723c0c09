import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { stampNow } from '../../kernel/clock.js';

export enum MailStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

registerEnumType(MailStatus, {
  name: 'MailStatus',
  description: 'Where an outgoing mail is: waiting, handed over, or given up on.',
});

export enum MailKind {
  PASSWORD_RESET = 'PASSWORD_RESET',
  EMAIL_VERIFICATION = 'EMAIL_VERIFICATION',
  APPOINTMENT_REMINDER = 'APPOINTMENT_REMINDER',
}

registerEnumType(MailKind, { name: 'MailKind', description: 'Why a mail was written.' });

/** What replaces a mail's secret (a reset or verification token) wherever it is shown or kept. */
export const REDACTED = '[…]';

/** `text` with every occurrence of `secret` replaced; unchanged when there is none. */
export function redact(text: string, secret: string | null | undefined): string {
  return secret ? text.split(secret).join(REDACTED) : text;
}

/**
 * One mail of the outbox. Written in the transaction of the change it reports (a rolled-back
 * change sends nothing), delivered afterwards by the `mail.deliver` job. Invariants: `dedupeKey`
 * is unique, so a fact mailed twice (two job runs, a retry) makes one row; `secret` (the token a
 * link carries) is never shown and is erased, with every copy of it in the text, once the mail is
 * sent; `error` holds a transport code, never an address or a mail's content.
 */
@ObjectType('MailOutboxEntry', { description: 'A mail the hospital wrote, and its delivery.' })
@Entity({ tableName: 'mail_outbox' })
@Index({ properties: ['status', 'createdAt'] })
export class MailOutbox {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Recipient address.' })
  @Property({ length: 320 })
  to!: string;

  @Field(() => String, { description: 'Subject line.' })
  @Property({ length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text', nullable: true })
  html?: string | null;

  @Field(() => MailKind, { description: 'Why the mail was written.' })
  @Enum({ items: () => MailKind, nativeEnumName: 'mail_kind' })
  kind!: MailKind;

  /** One row per fact mailed, e.g. `reminder:<appointment id>:<start ISO>`. */
  @Property({ length: 200, unique: true })
  dedupeKey!: string;

  /** The token the mail carries, until it is sent; never a GraphQL field. */
  @Property({ length: 200, nullable: true, hidden: true })
  secret?: string | null;

  @Field(() => MailStatus, { description: 'Delivery state.' })
  @Enum({ items: () => MailStatus, nativeEnumName: 'mail_status', default: MailStatus.QUEUED })
  status: MailStatus & Opt = MailStatus.QUEUED;

  @Field(() => Int, { description: 'Delivery attempts so far.' })
  @Property({ type: 'integer', default: 0 })
  attempts: number & Opt = 0;

  @Field(() => GraphQLISODateTime, { description: 'When the mail was written.' })
  @Property({ type: 'timestamptz', onCreate: stampNow })
  createdAt!: Date & Opt;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was handed over.' })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed: a transport code, never personal data.',
  })
  @Property({ length: 200, nullable: true })
  error?: string | null;

  @Field(() => String, { name: 'text', description: 'Plain-text body; tokens are hidden.' })
  get shownText(): string & Opt {
    return redact(this.text, this.secret);
  }

  @Field(() => String, {
    name: 'html',
    nullable: true,
    description: 'HTML body when there is one; tokens are hidden.',
  })
  get shownHtml(): (string & Opt) | null {
    return this.html ? redact(this.html, this.secret) : null;
  }
}
