import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { currentAuditScope } from '../../kernel/audit-scope.js';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { NotFoundError } from '../../kernel/errors.js';
import { Problems } from '../../kernel/problems.js';
import { isUuid } from '../../kernel/validation.js';
import { lockKey } from '../../kernel/write-once.js';
import { AuditEvent, AuditOutcome } from '../audit/index.js';
import { PatientPart, requirePatientAccess } from '../access/index.js';
import { Patient } from '../patients/index.js';

/** What a bedside entry written offline was. */
export enum OfflineEntryKind {
  VITALS = 'VITALS',
  CARE_NOTE = 'CARE_NOTE',
  DOSE = 'DOSE',
}

registerEnumType(OfflineEntryKind, {
  name: 'OfflineEntryKind',
  description: 'The kind of a bedside entry written on a device without network.',
  valuesConfig: {
    VITALS: { description: 'A set of vital signs.' },
    CARE_NOTE: { description: 'A care note.' },
    DOSE: { description: 'A medication administration.' },
  },
});

@InputType({ description: 'An offline entry the server refused and its author chose to discard.' })
export class DiscardOfflineEntryInput {
  @Field(() => ID, {
    description: 'The entry’s device-made id (the write-once key it was sent under).',
  })
  id!: string;

  @Field(() => OfflineEntryKind, { description: 'What the entry was.' })
  kind!: OfflineEntryKind;

  @Field(() => ID, { description: 'The patient it was about.' })
  patientId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was entered on the device.' })
  enteredAt!: Date;

  @Field(() => String, { description: 'Why it is discarded (required).' })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the server had refused it (`extensions.reason` or code), as the device kept it.',
  })
  refusal?: string | null;
}

@ObjectType({ description: 'The record that an offline entry was discarded, and why.' })
export class DiscardedOfflineEntry {
  @Field(() => ID, { description: 'The entry’s device-made id.' })
  id!: string;

  @Field(() => OfflineEntryKind, { description: 'What the entry was.' })
  kind!: OfflineEntryKind;

  @Field(() => ID, { description: 'The patient it was about.' })
  patientId!: string;

  @Field(() => String, { description: 'Why it was discarded.' })
  reason!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the discard was first recorded.' })
  discardedAt!: Date;
}

const ACTION = 'discardOfflineEntry';

/**
 * A bedside entry made offline that the server refused (prescription stopped, dose already given
 * by a colleague, ...) and that its author discards: nothing is written to the record, but the
 * decision and its reason are, in the audit trail (one row, naming the patient), so an entry is
 * never dropped without a trace. Sent again with the same id (a replay), the first record is
 * answered and nothing more is written.
 */
export async function discardOfflineEntry(
  ctx: RequestContext,
  input: DiscardOfflineEntryInput,
): Promise<DiscardedOfflineEntry> {
  const viewer = requireViewer(ctx);
  const p = new Problems();
  if (!isUuid(input.id)) p.add('id', 'must be a UUID');
  const reason = p.text('reason', input.reason, 500, true) ?? '';
  const refusal = p.text('refusal', input.refusal, 100);
  const enteredAt = p.notFuture('enteredAt', input.enteredAt, ctx.clock.now());
  p.throwIfAny();
  await requirePatientAccess(ctx, input.patientId, PatientPart.CHART);
  if ((await ctx.em.count(Patient, { id: input.patientId })) === 0) {
    throw new NotFoundError('Patient');
  }
  await lockKey(ctx.em, `${ACTION}:${input.id}`);
  const earlier = await ctx.em.findOne(
    AuditEvent,
    {
      action: ACTION,
      outcome: AuditOutcome.SUCCESS,
      targetType: 'OfflineEntry',
      targetId: input.id,
      actorId: viewer.userId,
    },
    { orderBy: { occurredAt: 'asc' } },
  );
  const scope = currentAuditScope();
  scope?.setTarget('OfflineEntry', input.id, input.patientId);
  if (earlier) {
    if (scope) scope.details.replay = true;
    const d = earlier.details as { kind: OfflineEntryKind; reason: string };
    return {
      id: input.id,
      kind: d.kind,
      patientId: earlier.patientId ?? input.patientId,
      reason: d.reason,
      discardedAt: earlier.occurredAt,
    };
  }
  if (scope) {
    scope.details = {
      ...scope.details,
      kind: input.kind,
      enteredAt: enteredAt.toISOString(),
      reason,
      refusal,
    };
  }
  return {
    id: input.id,
    kind: input.kind,
    patientId: input.patientId,
    reason,
    discardedAt: ctx.clock.now(),
  };
}
