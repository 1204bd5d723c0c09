import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allAtOnce, seed, type Account, type Seed } from '../../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { Role } from '../../../kernel/auth/roles.js';
import { AuditEvent } from '../../audit/index.js';
import { CareNote } from './care-note.entity.js';
import { VitalSigns } from './vital-signs.entity.js';

let app: TestApp;
let s: Seed;
let nurse: Account;

const NOW = new Date('2026-03-10T09:30:00Z');

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  nurse = await s.author(Role.NURSE);
});
afterAll(async () => {
  await app.close();
});

const VITALS = `mutation($i: RecordVitalsInput!) { recordVitals(input: $i) { id patientId heartRate temperatureC occurredAt recordedAt } }`;
const NOTE = `mutation($i: AddCareNoteInput!) { addCareNote(input: $i) { id patientId category text occurredAt recordedAt } }`;

type Answer = Record<string, Record<string, unknown> | undefined>;
type Rows = { id: string } | { patient: string };

function send(doc: string, input: Record<string, unknown>) {
  return app.gql<Answer>(doc, { i: input }, { token: nurse.token });
}

async function sent(doc: string, input: Record<string, unknown>) {
  const r = await send(doc, input);
  expect(r.errors, JSON.stringify(r.errors)).toEqual([]);
  return Object.values(r.data ?? {})[0] ?? {};
}

async function auditRows(action: string, targetId: string) {
  return app.em().find(AuditEvent, { action, targetId }, { orderBy: { id: 'asc' } });
}

/** The same three proofs for each kind of bedside entry. */
const kinds = [
  {
    name: 'a set of vital signs',
    action: 'recordVitals',
    table: 'vital_signs',
    doc: VITALS,
    count: (where: Rows) => app.em().count(VitalSigns, where),
    request: (patientId: string) => ({ patientId, heartRate: 82, temperatureC: 37.4 }),
    changed: { heartRate: 92 },
  },
  {
    name: 'a care note',
    action: 'addCareNote',
    table: 'care_note',
    doc: NOTE,
    count: (where: Rows) => app.em().count(CareNote, where),
    request: (patientId: string) => ({
      patientId,
      category: 'OBSERVATION',
      text: 'Patient calme, bien installé',
    }),
    changed: { text: 'Patient agité' },
  },
] as const;

describe.each(kinds)('$name under a device-made id', (kind) => {
  it('answers a replay with the original entry, unchanged, and keeps one row', async () => {
    const patient = await s.patient();
    const input = { id: randomUUID(), ...kind.request(patient.id) };
    const first = await sent(kind.doc, input);
    app.clock.advance(5 * 60_000);
    try {
      // The fields in another order: the same request all the same.
      const replay = await sent(kind.doc, Object.fromEntries(Object.entries(input).reverse()));
      expect(replay).toEqual(first);
    } finally {
      app.clock.set(NOW);
    }
    expect(first).toMatchObject({ id: input.id, patientId: patient.id });
    expect(await kind.count({ id: input.id })).toBe(1);
    const audit = await auditRows(kind.action, input.id);
    expect(audit.map((a) => [a.outcome, a.patientId, a.details.replay ?? false])).toEqual([
      ['SUCCESS', patient.id, false],
      ['SUCCESS', patient.id, true],
    ]);
  });

  it('refuses a different request under a used id as a conflict, and changes nothing', async () => {
    const patient = await s.patient();
    const other = await s.patient();
    const input = { id: randomUUID(), ...kind.request(patient.id) };
    const first = await sent(kind.doc, input);
    for (const attempt of [
      { ...input, ...kind.changed },
      { ...input, patientId: other.id },
      { ...input, encounterId: randomUUID() },
    ]) {
      const r = await send(kind.doc, attempt);
      expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
    }
    expect(await kind.count({ id: input.id })).toBe(1);
    expect(await kind.count({ patient: other.id })).toBe(0);
    expect(await sent(kind.doc, input)).toEqual(first);
  });

  it('records five identical requests sent at once exactly once, and all answer its id', async () => {
    const patient = await s.patient();
    const input = { id: randomUUID(), ...kind.request(patient.id) };
    const answers = await allAtOnce(app, kind.table, 5, () => send(kind.doc, input));
    for (const r of answers) expect(r.errors).toEqual([]);
    const ids = answers.map((r) => Object.values(r.data ?? {})[0]?.id);
    expect(ids).toEqual(Array(5).fill(input.id));
    expect(await kind.count({ patient: patient.id })).toBe(1);
  });
});

describe('bedside device-made ids', () => {
  it('refuses a care note under the id of a set of vital signs', async () => {
    const patient = await s.patient();
    const id = randomUUID();
    await sent(VITALS, { id, patientId: patient.id, heartRate: 70 });
    const r = await send(NOTE, { id, patientId: patient.id, category: 'OTHER', text: 'Calme' });
    expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.em().count(CareNote, { id })).toBe(0);
  });

  it('reads an id in capitals as the same id', async () => {
    const patient = await s.patient();
    const id = randomUUID();
    const input = { patientId: patient.id, heartRate: 70 };
    const first = await sent(VITALS, { ...input, id: id.toUpperCase() });
    expect(first.id).toBe(id);
    expect(await sent(VITALS, { ...input, id })).toEqual(first);
    expect(await app.em().count(VitalSigns, { patient: patient.id })).toBe(1);
  });

  it('refuses an id that is no UUID, and a request with none', async () => {
    const patient = await s.patient();
    const bad = await send(VITALS, { id: 'set-1', patientId: patient.id, heartRate: 70 });
    expect(bad.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { id: 'must be a UUID' },
    });
    const none = await send(VITALS, { patientId: patient.id, heartRate: 70 });
    expect(none.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.em().count(VitalSigns, { patient: patient.id })).toBe(0);
  });
});
