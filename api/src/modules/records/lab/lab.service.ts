import { LockMode } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { currentAuditScope } from '../../../kernel/audit-scope.js';
import { requireViewer, type RequestContext } from '../../../kernel/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors.js';
import { domainEvents } from '../../../kernel/events.js';
import { pageSize } from '../../../kernel/graphql/connection.js';
import { containsPattern } from '../../../kernel/validation.js';
import { isPatientAccount, PatientPart } from '../../access/index.js';
import { Patient } from '../../patients/index.js';
import {
  auditClinicalRead,
  author,
  authored,
  isUuid,
  markInError,
  patientForWrite,
  patientInScope,
} from '../access.js';
import { notBeforeBirth, Problems } from '../checks.js';
import { LabOrderStatus, LabPriority, ResultFlag } from '../clinical-enums.js';
import { encounterOf } from '../encounters/encounters.service.js';
import { ageInYears, flagValue, pickRange } from './lab-flag.js';
import { LabOrder } from './lab-order.entity.js';
import { LabResult } from './lab-result.entity.js';
import { LabTest } from './lab-test.entity.js';
import type {
  CancelLabOrderInput,
  CollectLabSpecimensInput,
  EnterLabResultInput,
  OrderLabTestsInput,
} from './lab.inputs.js';

/** Who works the lab's lists. */

export async function listLabTests(ctx: RequestContext, search?: string) {
  const where: Record<string, unknown> = { active: true };
  const s = search?.trim();
  if (s) {
    const like = containsPattern(s);
    where.$or = [
      { code: { $ilike: like } },
      { nameFr: { $ilike: like } },
      { nameEn: { $ilike: like } },
    ];
  }
  return ctx.em.find(LabTest, where, { orderBy: { code: 'asc' }, limit: 200 });
}

/** A doctor orders one or more catalogue tests together. */
export async function orderLabTests(ctx: RequestContext, input: OrderLabTestsInput) {
  const p = new Problems();
  const codes = [...new Set(input.testCodes.map((c) => c.trim().toUpperCase()).filter(Boolean))];
  if (codes.length === 0) p.add('testCodes', 'order at least one test');
  if (codes.length > 30) p.add('testCodes', 'at most 30 tests at once');
  const clinicalInfo = p.text('clinicalInfo', input.clinicalInfo, 1000);
  p.throwIfAny();
  const patient = await patientForWrite(ctx, input.patientId);
  const encounter = await encounterOf(ctx.em, patient.id, input.encounterId);
  const tests = await ctx.em.find(LabTest, { code: { $in: codes }, active: true });
  const unknown = codes.filter((c) => !tests.some((t) => t.code === c));
  if (unknown.length)
    throw new ValidationError({ testCodes: `unknown tests: ${unknown.join(', ')}` });
  const by = await author(ctx);
  const now = ctx.clock.now();
  const groupId = randomUUID();
  const orders = codes.map((code) => {
    const test = tests.find((t) => t.code === code) as LabTest;
    return ctx.em.create(LabOrder, {
      patient,
      encounter,
      test,
      groupId,
      testCode: test.code,
      testNameFr: test.nameFr,
      testNameEn: test.nameEn,
      specimen: test.specimen,
      priority: input.priority ?? LabPriority.ROUTINE,
      clinicalInfo,
      occurredAt: now,
      ...authored(by, now),
    });
  });
  currentAuditScope()?.setTarget('LabOrder', groupId, patient.id);
  return orders;
}

async function orderForUpdate(ctx: RequestContext, id: string, field: string) {
  const order = isUuid(id)
    ? await ctx.em.findOne(LabOrder, id, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!order || order.enteredInErrorAt)
    throw new ValidationError({ [field]: 'is not an order in force' });
  currentAuditScope()?.setTarget('LabOrder', order.id, order.patient.id);
  return order;
}

export async function collectLabSpecimens(ctx: RequestContext, input: CollectLabSpecimensInput) {
  const now = ctx.clock.now();
  const p = new Problems();
  const at = p.notFuture('collectedAt', input.collectedAt, now);
  if (input.orderIds.length === 0 || input.orderIds.length > 30)
    p.add('orderIds', 'give 1 to 30 orders');
  p.throwIfAny();
  const viewer = requireViewer(ctx);
  const orders: LabOrder[] = [];
  for (const id of input.orderIds) {
    const order = await orderForUpdate(ctx, id, 'orderIds');
    const patient = await ctx.em.findOneOrFail(Patient, order.patient.id);
    notBeforeBirth('collectedAt', at, patient.birthDate);
    if (order.status === LabOrderStatus.ORDERED) {
      order.status = LabOrderStatus.SPECIMEN_COLLECTED;
      order.collectedAt = at;
      order.collectedById = viewer.userId;
    } else if (order.status === LabOrderStatus.CANCELLED) {
      throw new ConflictError(`Order ${order.testCode} was cancelled.`);
    }
    orders.push(order);
  }
  return orders;
}

export async function cancelLabOrder(ctx: RequestContext, input: CancelLabOrderInput) {
  const p = new Problems();
  const reason = p.text('reason', input.reason, 500, true);
  p.throwIfAny();
  const order = await orderForUpdate(ctx, input.id, 'id');
  if (order.status === LabOrderStatus.CANCELLED) return order;
  if (order.status === LabOrderStatus.RESULTED || order.status === LabOrderStatus.VALIDATED) {
    throw new ConflictError('This order already has a result.');
  }
  order.status = LabOrderStatus.CANCELLED;
  order.cancelledAt = ctx.clock.now();
  order.cancelReason = reason;
  return order;
}

/**
 * A lab technician enters the result of an order. It is flagged against the range for the
 * patient's sex and age; the ordering doctor is notified at once (urgent when critical). The
 * patient sees it only once validated. An order that has a result gets a replacing one, with a
 * reason: the first is marked entered in error, never overwritten.
 */
export async function enterLabResult(ctx: RequestContext, input: EnterLabResultInput) {
  const order = await orderForUpdate(ctx, input.orderId, 'orderId');
  if (order.status === LabOrderStatus.CANCELLED)
    throw new ConflictError('This order was cancelled.');
  const test = await ctx.em.findOneOrFail(LabTest, order.test.id);
  const patient = await ctx.em.findOneOrFail(Patient, order.patient.id);
  const now = ctx.clock.now();
  const p = new Problems();
  const comment = p.text('comment', input.comment, 1000);
  const valueText = p.text('valueText', input.valueText, 1000);
  let flag: ResultFlag = ResultFlag.NORMAL;
  let range: ReturnType<typeof pickRange>;
  if (test.numeric) {
    const v = input.valueNumeric;
    if (v == null || !Number.isFinite(v)) p.add('valueNumeric', 'is required');
    else {
      range = pickRange(test.referenceRanges, patient.sex, ageInYears(patient.birthDate, now));
      flag = flagValue(v, range);
    }
  } else {
    if (!valueText) p.add('valueText', 'is required');
    if (input.abnormal) flag = ResultFlag.ABNORMAL;
  }
  const standing = await ctx.em.findOne(LabResult, { order: order.id, enteredInErrorAt: null });
  if (standing && !input.correctionReason?.trim()) {
    p.add('correctionReason', 'this order has a result: give the reason for replacing it');
  }
  p.throwIfAny();
  const by = await author(ctx);
  const id = randomUUID();
  if (standing) {
    await markInError(
      ctx,
      LabResult,
      {
        id: standing.id,
        reason: input.correctionReason ?? '',
        replacedById: id,
        field: 'correction',
      },
      by,
    );
  }
  const result = ctx.em.create(LabResult, {
    id,
    patient,
    order,
    testCode: order.testCode,
    testNameFr: order.testNameFr,
    testNameEn: order.testNameEn,
    valueNumeric: test.numeric ? (input.valueNumeric ?? null) : null,
    valueText: test.numeric ? null : valueText,
    unit: test.unit ?? null,
    flag,
    referenceLow: range?.low ?? null,
    referenceHigh: range?.high ?? null,
    comment,
    replacesId: standing?.id ?? null,
    occurredAt: now,
    ...authored(by, now),
  });
  order.status = LabOrderStatus.RESULTED;
  order.collectedAt ??= now;
  currentAuditScope()?.setTarget('LabResult', result.id, patient.id);
  const critical = flag === ResultFlag.CRITICAL_LOW || flag === ResultFlag.CRITICAL_HIGH;
  // The ordering doctor must hear of the result (urgently when critical).
  await domainEvents.publish(ctx, 'LabResultEntered', {
    resultId: result.id,
    orderId: order.id,
    patientId: patient.id,
    patientName: patient.displayName,
    testCode: order.testCode,
    testNameFr: order.testNameFr,
    testNameEn: order.testNameEn,
    valueNumeric: result.valueNumeric ?? null,
    valueText: result.valueText ?? null,
    unit: result.unit ?? null,
    flag,
    critical,
    corrected: standing !== null,
    recipientUserIds: [order.recordedById],
    at: now,
  });
  return result;
}

/** Validates a result: from now on the patient sees it. */
export async function validateLabResult(ctx: RequestContext, id: string) {
  const result = isUuid(id)
    ? await ctx.em.findOne(LabResult, id, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!result) throw new NotFoundError('Lab result');
  currentAuditScope()?.setTarget('LabResult', result.id, result.patient.id);
  if (result.enteredInErrorAt) throw new ConflictError('This result was replaced.');
  if (result.validatedAt) return result;
  const by = await author(ctx);
  result.validatedAt = ctx.clock.now();
  result.validatedById = by.id;
  result.validatedByName = by.name;
  const order = await ctx.em.findOneOrFail(LabOrder, result.order.id);
  order.status = LabOrderStatus.VALIDATED;
  await domainEvents.publish(ctx, 'LabResultValidated', {
    resultId: result.id,
    orderId: order.id,
    patientId: result.patient.id,
    testCode: order.testCode,
    testNameFr: order.testNameFr,
    testNameEn: order.testNameEn,
    at: result.validatedAt,
  });
  return result;
}

export interface LabOrderFilter {
  patientId?: string;
  statuses?: LabOrderStatus[];
  orderedByMe?: boolean;
}

/**
 * Lab orders: the laboratory's worklist (urgent first, oldest first), a patient's orders, or a
 * doctor's own. Staff reading orders of patients is audited per patient.
 */
export async function listLabOrders(
  ctx: RequestContext,
  args: { filter?: LabOrderFilter; first?: number; after?: string },
) {
  const viewer = requireViewer(ctx);
  const f = args.filter ?? {};
  const where: Record<string, unknown> = {};
  if (f.patientId) {
    const patient = await patientInScope(ctx, f.patientId, PatientPart.LAB);
    where.patient = patient.id;
  } else if (isPatientAccount(viewer)) {
    where.patient = viewer.patientId;
  }
  if (isPatientAccount(viewer)) where.enteredInErrorAt = null;
  if (f.statuses?.length) where.status = { $in: f.statuses };
  if (f.orderedByMe) where.recordedById = viewer.userId;
  const page = await ctx.em.findByCursor(LabOrder, {
    where,
    first: pageSize(args.first),
    after: args.after,
    orderBy: { priority: 'desc', occurredAt: 'asc', id: 'asc' },
    includeCount: true,
  });
  await auditClinicalRead(
    ctx,
    page.items.map((o) => o.patient.id),
    'labOrders',
  );
  return page;
}

/** Results of a patient, newest first; a patient sees validated ones only. */
export async function listLabResults(
  ctx: RequestContext,
  args: { patientId: string; first?: number; after?: string },
) {
  const patient = await patientInScope(ctx, args.patientId, PatientPart.LAB);
  await auditClinicalRead(ctx, [patient.id], 'labResults');
  const self = ctx.viewer !== null && isPatientAccount(ctx.viewer);
  return ctx.em.findByCursor(LabResult, {
    where: {
      patient: patient.id,
      ...(self ? { validatedAt: { $ne: null }, enteredInErrorAt: null } : {}),
    },
    first: pageSize(args.first),
    after: args.after,
    orderBy: { occurredAt: 'desc', id: 'desc' },
    includeCount: true,
  });
}

/** Standing results of these orders, by order id (one query, for a page of orders). */
export async function standingResults(ctx: RequestContext, orderIds: readonly string[]) {
  const rows = await ctx.em.find(LabResult, {
    order: { $in: [...orderIds] },
    enteredInErrorAt: null,
  });
  return new Map(rows.map((r) => [r.order.id, r]));
}
