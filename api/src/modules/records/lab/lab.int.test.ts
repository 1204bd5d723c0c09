import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, type Account, type Seed } from '../../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { Role } from '../../../kernel/auth/roles.js';
import { AuditEvent } from '../../audit/index.js';
import { LabOrder } from './lab-order.entity.js';

let app: TestApp;
let s: Seed;
let doctor: Account;
let nurse: Account;
let labTech: Account;

// Tuesday 10 March 2026, 10:30 in Paris.
const NOW = new Date('2026-03-10T09:30:00Z');

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  doctor = await s.author(Role.DOCTOR);
  nurse = await s.author(Role.NURSE);
  labTech = await s.author(Role.LAB_TECHNICIAN);
});
afterAll(async () => {
  await app.close();
});

const COLLECT = `mutation($i: CollectLabSpecimensInput!) { collectLabSpecimens(input: $i) { id status collectedAt collectedById } }`;
const CANCEL = `mutation($i: CancelLabOrderInput!) { cancelLabOrder(input: $i) { id status cancelledAt cancelReason } }`;
const ORDERS = `query($p: ID!, $st: [LabOrderStatus!]) { labOrders(filter: { patientId: $p, statuses: $st }) { nodes { id status collectedAt } } }`;

async function orders(patientId: string, statuses?: string[]) {
  const r = await app.gql<{
    labOrders: { nodes: { id: string; status: string; collectedAt: string | null }[] };
  }>(ORDERS, { p: patientId, st: statuses }, { token: labTech.token });
  expect(r.errors).toEqual([]);
  return r.data?.labOrders.nodes ?? [];
}

async function statusOf(id: string) {
  return (await app.em().findOneOrFail(LabOrder, id)).status;
}

describe('collectLabSpecimens', () => {
  it('marks every order of a draw collected by the nurse, now, and moves them off the "to collect" list', async () => {
    const patient = await s.patient();
    const [k, na] = await s.labOrders(patient.id, ['K', 'NA']);
    const r = await app.gql<{
      collectLabSpecimens: {
        id: string;
        status: string;
        collectedAt: string;
        collectedById: string;
      }[];
    }>(COLLECT, { i: { orderIds: [k!.id, na!.id] } }, { token: nurse.token });
    expect(r.errors).toEqual([]);
    expect(r.data?.collectLabSpecimens).toEqual(
      [k!.id, na!.id].map((id) => ({
        id,
        status: 'SPECIMEN_COLLECTED',
        collectedAt: NOW.toISOString(),
        collectedById: nurse.user.id,
      })),
    );
    expect(await orders(patient.id, ['ORDERED'])).toEqual([]);
    expect((await orders(patient.id, ['SPECIMEN_COLLECTED'])).map((o) => o.id).sort()).toEqual(
      [k!.id, na!.id].sort(),
    );
  });

  it('keeps the time the specimen was drawn, and the first collection of an order collected twice', async () => {
    const patient = await s.patient();
    const order = await s.labOrder(patient.id);
    const drawn = '2026-03-10T09:10:00.000Z';
    const first = await app.gql(
      COLLECT,
      { i: { orderIds: [order.id], collectedAt: drawn } },
      { token: labTech.token },
    );
    expect(first.errors).toEqual([]);
    const again = await app.gql<{ collectLabSpecimens: { collectedAt: string }[] }>(
      COLLECT,
      { i: { orderIds: [order.id] } },
      { token: nurse.token },
    );
    expect(again.errors).toEqual([]);
    expect(again.data?.collectLabSpecimens[0]?.collectedAt).toBe(drawn);
  });

  it('refuses a draw that includes a cancelled order and collects none of it', async () => {
    const patient = await s.patient();
    const [k, na] = await s.labOrders(patient.id, ['K', 'NA']);
    const cancelled = await app.gql(
      CANCEL,
      { i: { id: na!.id, reason: 'Doublon' } },
      { token: doctor.token },
    );
    expect(cancelled.errors).toEqual([]);
    const r = await app.gql(COLLECT, { i: { orderIds: [k!.id, na!.id] } }, { token: nurse.token });
    expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
    expect(await statusOf(k!.id)).toBe('ORDERED');
    expect(await statusOf(na!.id)).toBe('CANCELLED');
  });

  it('refuses a collection time in the future, no orders, and an unknown order', async () => {
    const patient = await s.patient();
    const order = await s.labOrder(patient.id);
    const future = await app.gql(
      COLLECT,
      { i: { orderIds: [order.id], collectedAt: '2026-03-10T10:00:00Z' } },
      { token: nurse.token },
    );
    expect(future.errors[0]?.extensions?.fields).toEqual({
      collectedAt: 'cannot be in the future',
    });
    const none = await app.gql(COLLECT, { i: { orderIds: [] } }, { token: nurse.token });
    expect(none.errors[0]?.extensions?.fields).toEqual({ orderIds: 'give 1 to 30 orders' });
    const unknown = await app.gql(
      COLLECT,
      { i: { orderIds: [order.id, '00000000-0000-4000-8000-000000000000'] } },
      { token: nurse.token },
    );
    expect(unknown.errors[0]?.extensions?.fields).toEqual({ orderIds: 'is not an order in force' });
    expect(await statusOf(order.id)).toBe('ORDERED');
  });

  it('is not for doctors', async () => {
    const patient = await s.patient();
    const order = await s.labOrder(patient.id);
    const r = await app.gql(COLLECT, { i: { orderIds: [order.id] } }, { token: doctor.token });
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(order.id)).toBe('ORDERED');
  });
});

describe('cancelLabOrder', () => {
  it('cancels an order with its reason, takes it off the lab worklist, and audits it', async () => {
    const patient = await s.patient();
    const order = await s.labOrder(patient.id);
    const r = await app.gql<{ cancelLabOrder: Record<string, unknown> }>(
      CANCEL,
      { i: { id: order.id, reason: ' Prescrit par erreur ' } },
      { token: doctor.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.cancelLabOrder).toEqual({
      id: order.id,
      status: 'CANCELLED',
      cancelledAt: NOW.toISOString(),
      cancelReason: 'Prescrit par erreur',
    });
    const worklist = await app.gql<{ labOrders: { nodes: { id: string }[] } }>(
      `{ labOrders(filter: { statuses: [ORDERED, SPECIMEN_COLLECTED] }, first: 100) { nodes { id } } }`,
      {},
      { token: labTech.token },
    );
    expect(worklist.data?.labOrders.nodes.map((n) => n.id)).not.toContain(order.id);
    const [audit] = await app
      .em()
      .find(
        AuditEvent,
        { action: 'cancelLabOrder', targetId: order.id },
        { orderBy: { id: 'desc' }, limit: 1 },
      );
    expect(audit).toMatchObject({
      outcome: 'SUCCESS',
      targetType: 'LabOrder',
      patientId: patient.id,
    });
  });

  it('leaves a cancelled order as first cancelled when cancelled again', async () => {
    const patient = await s.patient();
    const order = await s.labOrder(patient.id);
    await app.gql(CANCEL, { i: { id: order.id, reason: 'Doublon' } }, { token: doctor.token });
    const again = await app.gql<{ cancelLabOrder: { cancelReason: string } }>(
      CANCEL,
      { i: { id: order.id, reason: 'Autre raison' } },
      { token: doctor.token },
    );
    expect(again.errors).toEqual([]);
    expect(again.data?.cancelLabOrder.cancelReason).toBe('Doublon');
  });

  it('refuses to cancel an order that has a result, and a result for a cancelled order', async () => {
    const patient = await s.patient();
    const resulted = await s.labResult(patient.id);
    const r = await app.gql(
      CANCEL,
      { i: { id: resulted.orderId, reason: 'Trop tard' } },
      { token: doctor.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
    expect(await statusOf(resulted.orderId)).toBe('RESULTED');

    const order = await s.labOrder(patient.id);
    await app.gql(CANCEL, { i: { id: order.id, reason: 'Doublon' } }, { token: doctor.token });
    const late = await app.gql(
      `mutation($i: EnterLabResultInput!) { enterLabResult(input: $i) { id } }`,
      { i: { orderId: order.id, valueNumeric: 4 } },
      { token: labTech.token },
    );
    expect(late.errors[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('needs a reason, and knows only orders in force', async () => {
    const patient = await s.patient();
    const order = await s.labOrder(patient.id);
    const noReason = await app.gql(
      CANCEL,
      { i: { id: order.id, reason: '' } },
      { token: doctor.token },
    );
    expect(noReason.errors[0]?.extensions?.fields).toEqual({ reason: 'is required' });
    expect(await statusOf(order.id)).toBe('ORDERED');
    const unknown = await app.gql(
      CANCEL,
      { i: { id: 'nope', reason: 'Doublon' } },
      { token: doctor.token },
    );
    expect(unknown.errors[0]?.extensions?.fields).toEqual({ id: 'is not an order in force' });
  });

  it('is for doctors only: the lab and the nurse are refused', async () => {
    const patient = await s.patient();
    const order = await s.labOrder(patient.id);
    for (const token of [labTech.token, nurse.token]) {
      const r = await app.gql(CANCEL, { i: { id: order.id, reason: 'Doublon' } }, { token });
      expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await statusOf(order.id)).toBe('ORDERED');
  });
});
