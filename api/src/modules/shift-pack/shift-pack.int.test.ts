import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ok,
  seed,
  type Account,
  type DoctorAccount,
  type Seed,
} from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent } from '../audit/index.js';

let app: TestApp;
let s: Seed;
let manager: Account;
let reception: Account;
let nurse: Account;

// Monday 1 June 2026, 10:00 in Paris (UTC+2): the day shift, 07:00-15:00 (05:00Z-13:00Z).
const NOW = new Date('2026-06-01T08:00:00Z');
const DAY_SHIFT_ENDS = '2026-06-01T13:00:00.000Z';
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(NOW.getTime() - hours * HOUR).toISOString();

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  manager = await app.tokenFor(Role.MANAGER);
  reception = await app.tokenFor(Role.RECEPTIONIST);
  nurse = await app.tokenFor(Role.NURSE);
});
afterAll(async () => {
  await app.close();
});

let wardSerial = 0;
/** A ward with one room of `beds` beds, made through the API by a manager. */
async function ward(beds: number) {
  wardSerial++;
  const w = await ok<{ saveWard: { id: string } }>(
    app,
    `mutation($i: SaveWardInput!) { saveWard(input: $i) { id } }`,
    {
      i: {
        name: `Pack ${String(wardSerial)}`,
        service: 'Médecine',
        floor: '4',
        sexPolicy: 'MIXED',
      },
    },
    manager.token,
  );
  const room = await ok<{ saveRoom: { id: string } }>(
    app,
    `mutation($i: SaveRoomInput!) { saveRoom(input: $i) { id } }`,
    { i: { wardId: w.saveWard.id, number: '401', kind: 'MULTI' } },
    manager.token,
  );
  const bedIds: string[] = [];
  for (let i = 0; i < beds; i++) {
    const b = await ok<{ addBed: { id: string } }>(
      app,
      `mutation($i: AddBedInput!) { addBed(input: $i) { id } }`,
      { i: { roomId: room.saveRoom.id, label: `401-${String.fromCharCode(65 + i)}` } },
      manager.token,
    );
    bedIds.push(b.addBed.id);
  }
  return { id: w.saveWard.id, bedIds };
}

async function admit(patientId: string, bedId: string, attendingUserId: string) {
  const d = await ok<{ admitPatient: { id: string } }>(
    app,
    `mutation($i: AdmitPatientInput!) { admitPatient(input: $i) { id } }`,
    { i: { patientId, bedId, attendingUserId, reason: 'Pneumopathie', source: 'EMERGENCY' } },
    reception.token,
  );
  return d.admitPatient.id;
}

/** A ward of `n` inpatients of this doctor. */
async function inpatients(n: number, attending: Account) {
  const w = await ward(n);
  const ids: string[] = [];
  for (const bedId of w.bedIds) {
    const p = await s.patient();
    await admit(p.id, bedId, attending.user.id);
    ids.push(p.id);
  }
  return { wardId: w.id, patientIds: ids };
}

async function assign(wardId: string, nurses: Account[], shift = 'DAY') {
  await ok(
    app,
    `mutation($i: AssignNursesInput!) { assignNurses(input: $i) { id } }`,
    { i: { wardId, date: '2026-06-01', shift, nurseUserIds: nurses.map((x) => x.user.id) } },
    manager.token,
  );
}

const COMPLETE_VITALS = {
  respiratoryRate: 16,
  spo2: 97,
  systolicBp: 125,
  diastolicBp: 80,
  heartRate: 72,
  temperatureC: 36.8,
  consciousness: 'ALERT',
  onOxygen: false,
};

async function careNote(patientId: string, occurredAt: string, text: string) {
  await ok(
    app,
    `mutation($i: AddCareNoteInput!) { addCareNote(input: $i) { id } }`,
    { i: { id: randomUUID(), patientId, category: 'OBSERVATION', text, occurredAt } },
    nurse.token,
  );
}

async function recordDose(prescriptionId: string, scheduledAt: string, administeredAt: string) {
  const d = await ok<{ recordMedicationAdministration: { id: string } }>(
    app,
    `mutation($i: RecordMedicationAdministrationInput!) {
       recordMedicationAdministration(input: $i) { id } }`,
    { i: { id: randomUUID(), prescriptionId, scheduledAt, status: 'GIVEN', administeredAt } },
    nurse.token,
  );
  return d.recordMedicationAdministration.id;
}

/** A lab result of `daysAgo` days ago: entered now, then moved back, as the API dates it now. */
async function labResultOf(patientId: string, daysAgo: number) {
  const r = await s.labResult(patientId);
  const at = new Date(NOW.getTime() - daysAgo * 24 * HOUR);
  await app
    .em()
    .getConnection()
    .execute('update lab_result set occurred_at = ?, recorded_at = ? where id = ?', [at, at, r.id]);
  return r;
}

/** Every part of a chart, once, on one patient: what the statement count is measured on. */
async function fillChart(patientId: string) {
  await s.allergy(patientId, 'Pénicilline');
  await s.diagnosis(patientId);
  const rx = await s.prescription(patientId, { startAt: '2026-05-31T00:00:00Z' });
  await recordDose(rx.id, '2026-06-01T06:00:00Z', '2026-06-01T06:10:00Z');
  await s.vitals(patientId, COMPLETE_VITALS, nurse);
  await s.labResult(patientId);
  await careNote(patientId, ago(1), 'Patient installé');
}

const PACK = `{ myShiftPack {
  kind asOf shiftEndsAt shift version
  patients {
    patientId birthDate allergyStatus
    inpatient { patientId name mrn age sex wardName roomNumber bedLabel admittedAt attendingName news2Score }
    allergies { id substance reaction severity }
    activeProblems { id code label rank encounterId }
    activePrescriptions { id medicationName dose doseUnit scheduleTimes encounterId patientId }
    administrations { id status scheduledAt occurredAt prescriptionId }
    vitals { id takenAt news2Score news2Risk encounterId }
    labResults { id testCode valueNumeric flag validatedAt orderId }
    careNotes { id text occurredAt encounterId }
  }
  day practitioner { id displayName }
  appointments { id startsAt status patient { id displayName } }
  dosesDue { scheduledAt state prescription { id patientId medicationName } administration { id status } }
} }`;

interface Pack {
  kind: string;
  asOf: string;
  shiftEndsAt: string;
  shift: string | null;
  version: string;
  patients: {
    patientId: string;
    birthDate: string;
    allergyStatus: string;
    inpatient: Record<string, unknown> & { patientId: string; news2Score: number | null };
    allergies: { substance: string; reaction: string | null; severity: string }[];
    activeProblems: { id: string; code: string }[];
    activePrescriptions: { id: string }[];
    administrations: { id: string; occurredAt: string }[];
    vitals: { id: string; takenAt: string; news2Score: number | null }[];
    labResults: { id: string; validatedAt: string | null }[];
    careNotes: { text: string; occurredAt: string }[];
  }[];
  day: string | null;
  practitioner: { id: string; displayName: string } | null;
  appointments: { id: string; startsAt: string; patient: { id: string; displayName: string } }[];
  dosesDue: {
    scheduledAt: string;
    state: string;
    prescription: { id: string; patientId: string };
    administration: { id: string; status: string } | null;
  }[];
}

async function pack(token: string): Promise<Pack> {
  return (await ok<{ myShiftPack: Pack }>(app, PACK, {}, token)).myShiftPack;
}

/**
 * The SQL statements the ORM runs while `run` runs: every statement of every connection (primary
 * or replica) goes through the connection class's `logQuery`, counted here.
 */
async function statementsOf(run: () => Promise<unknown>): Promise<number> {
  type Logging = { logQuery: (query: string, context?: unknown) => void };
  const connection = Object.getPrototypeOf(app.orm.em.getConnection()) as Logging;
  const own = Object.hasOwn(connection, 'logQuery');
  const logQuery = connection.logQuery;
  let count = 0;
  connection.logQuery = function (this: unknown, query, context) {
    count++;
    logQuery.call(this, query, context);
  };
  try {
    await run();
  } finally {
    if (own) connection.logQuery = logQuery;
    else Reflect.deleteProperty(connection, 'logQuery');
  }
  return count;
}

describe('a doctor’s pack', () => {
  it('holds their inpatients sickest first, each part of the chart filled, and today’s appointments only', async () => {
    const doctor: DoctorAccount = await s.doctor();
    const other = await app.tokenFor(Role.DOCTOR);
    const w = await ward(3);
    const [calm, sick, notMine] = [await s.patient(), await s.patient(), await s.patient()];
    await admit(calm.id, w.bedIds[0] as string, doctor.user.id);
    await admit(sick.id, w.bedIds[1] as string, doctor.user.id);
    await admit(notMine.id, w.bedIds[2] as string, other.user.id);
    await s.vitals(calm.id, COMPLETE_VITALS, nurse);
    await s.vitals(sick.id, { ...COMPLETE_VITALS, respiratoryRate: 26, spo2: 91, heartRate: 118 });
    // Four days ago: outside the 72 hours.
    await s.vitals(sick.id, { ...COMPLETE_VITALS, takenAt: ago(96) });

    await ok(
      app,
      `mutation($i: RecordAllergyInput!) { recordAllergy(input: $i) { id } }`,
      {
        i: {
          patientId: sick.id,
          substance: 'Pénicilline',
          reaction: 'Urticaire',
          severity: 'SEVERE',
        },
      },
      doctor.token,
    );
    const problem = await s.diagnosis(sick.id, {}, doctor);
    const rx = await s.prescription(sick.id, { startAt: '2026-05-30T00:00:00Z' }, doctor);
    const stopped = await s.prescription(sick.id, { medicationName: 'Ibuprofène' }, doctor);
    await ok(
      app,
      `mutation($i: StopPrescriptionInput!) { stopPrescription(input: $i) { id } }`,
      { i: { id: stopped.id, reason: 'Relais' } },
      doctor.token,
    );
    // 20:00 on 30 May (38 h ago), 20:00 on 31 May (14 h ago), 08:00 today.
    await recordDose(rx.id, '2026-05-30T18:00:00Z', '2026-05-30T18:05:00Z');
    const lastNight = await recordDose(rx.id, '2026-05-31T18:00:00Z', '2026-05-31T18:05:00Z');
    const thisMorning = await recordDose(rx.id, '2026-06-01T06:00:00Z', '2026-06-01T06:10:00Z');
    const recent = await s.labResult(sick.id, 2.9);
    await labResultOf(sick.id, 8);
    for (let h = 6; h >= 1; h--) await careNote(sick.id, ago(h), `Note de H-${String(h)}`);

    const agenda = await s.patient();
    const today = await s.appointment({
      patientId: agenda.id,
      practitioner: doctor.practitioner,
      startsAt: new Date('2026-06-01T12:00:00Z'),
    });
    await s.appointment({
      patientId: agenda.id,
      practitioner: doctor.practitioner,
      startsAt: new Date('2026-06-02T07:00:00Z'),
    });
    await s.appointment({
      patientId: agenda.id,
      practitioner: doctor.practitioner,
      startsAt: new Date('2026-05-31T07:00:00Z'),
    });

    const p = await pack(doctor.token);
    expect(p.kind).toBe('DOCTOR_DAY');
    expect(p.asOf).toBe(NOW.toISOString());
    expect(p.shiftEndsAt).toBe(new Date(NOW.getTime() + 24 * HOUR).toISOString());
    expect(p.shift).toBeNull();
    expect(p.version).toMatch(/^[0-9a-f]{16}$/);
    expect(p.patients.map((x) => x.patientId)).toEqual([sick.id, calm.id]);
    const [first] = p.patients;
    expect(first?.inpatient).toMatchObject({
      patientId: sick.id,
      name: sick.displayName,
      mrn: sick.mrn,
      sex: sick.sex,
      wardName: `Pack ${String(wardSerial)}`,
      roomNumber: '401',
      bedLabel: '401-B',
      admittedAt: NOW.toISOString(),
    });
    expect(first?.inpatient.attendingName).toContain('DOCTOR');
    expect(first?.inpatient.news2Score).toBeGreaterThan(p.patients[1]?.inpatient.news2Score ?? 99);
    expect(first?.birthDate).toBe(sick.birthDate);
    expect(first?.allergyStatus).toBe('HAS_ALLERGIES');
    expect(first?.allergies).toEqual([
      expect.objectContaining({
        substance: 'Pénicilline',
        reaction: 'Urticaire',
        severity: 'SEVERE',
      }),
    ]);
    expect(first?.activeProblems.map((d) => d.id)).toEqual([problem.id]);
    expect(first?.activePrescriptions.map((r) => r.id)).toEqual([rx.id]);
    expect(first?.administrations.map((a) => a.id)).toEqual([thisMorning, lastNight]);
    expect(first?.vitals).toHaveLength(1);
    expect(first?.labResults).toEqual([
      expect.objectContaining({ id: recent.id, validatedAt: null }),
    ]);
    expect(first?.careNotes.map((n) => n.text)).toEqual([
      'Note de H-1',
      'Note de H-2',
      'Note de H-3',
      'Note de H-4',
      'Note de H-5',
    ]);
    expect(p.patients[1]?.allergyStatus).toBe('UNKNOWN');
    expect(p.patients[1]?.careNotes).toEqual([]);
    expect(p.appointments).toEqual([
      {
        id: today.id,
        startsAt: '2026-06-01T12:00:00.000Z',
        status: 'SCHEDULED',
        patient: { id: agenda.id, displayName: agenda.displayName },
      },
    ]);
    // Whose agenda and which hospital day (Paris): what the agenda screen asks for offline.
    expect(p.day).toBe('2026-06-01');
    expect(p.practitioner).toEqual({
      id: doctor.practitioner.id,
      displayName: expect.stringMatching(/^Dr /) as string,
    });
    expect(p.dosesDue).toEqual([]);
  });

  it('writes one audit row naming the pack’s patients, and none for the round it reads', async () => {
    const doctor = await app.tokenFor(Role.DOCTOR);
    const { patientIds } = await inpatients(2, doctor);
    await pack(doctor.token);
    const rows = await app.em().find(AuditEvent, { actorId: doctor.user.id });
    const reads = rows.filter((r) => r.action.startsWith('read'));
    expect(reads.map((r) => r.action)).toEqual(['readShiftPack']);
    expect(reads[0]?.targetId).toBe(doctor.user.id);
    expect([...(reads[0]?.details.patientIds as string[])].sort()).toEqual([...patientIds].sort());
  });

  it('has no appointments for a doctor without a practitioner profile', async () => {
    const doctor = await app.tokenFor(Role.DOCTOR);
    const { patientIds } = await inpatients(1, doctor);
    const p = await pack(doctor.token);
    expect(p.patients.map((x) => x.patientId)).toEqual(patientIds);
    expect(p.appointments).toEqual([]);
    expect(p.practitioner).toBeNull();
    expect(p.day).toBe('2026-06-01');
  });
});

describe('a nurse’s pack', () => {
  it('holds only the patients of her wards this shift and the doses due this shift', async () => {
    const doctor = await app.tokenFor(Role.DOCTOR);
    const colleague = await app.tokenFor(Role.NURSE);
    const mine = await inpatients(2, doctor);
    const theirs = await inpatients(1, doctor);
    const evening = await inpatients(1, doctor);
    await assign(mine.wardId, [nurse]);
    await assign(theirs.wardId, [colleague]);
    // Assigned to that ward tonight, not now.
    await assign(evening.wardId, [nurse], 'EVENING');
    const [q1, q2] = mine.patientIds as [string, string];
    const rx = await s.prescription(q1, {
      scheduleTimes: ['08:00', '12:00', '20:00'],
      startAt: '2026-06-01T00:00:00Z',
    });
    await s.prescription(q2, { asNeeded: true, scheduleTimes: [] });
    const given = await recordDose(rx.id, '2026-06-01T06:00:00Z', '2026-06-01T06:05:00Z');
    const theirRx = await s.prescription(theirs.patientIds[0] as string, {
      startAt: '2026-06-01T00:00:00Z',
    });

    const p = await pack(nurse.token);
    expect(p.kind).toBe('NURSE_SHIFT');
    expect(p.shift).toBe('DAY');
    expect(p.shiftEndsAt).toBe(DAY_SHIFT_ENDS);
    expect(p.patients.map((x) => x.patientId).sort()).toEqual([q1, q2].sort());
    expect(p.appointments).toEqual([]);
    expect(p.practitioner).toBeNull();
    expect(p.day).toBeNull();
    // 08:00 and 12:00 fall in 07:00-15:00; 20:00 does not; an as-needed order has no schedule.
    expect(p.dosesDue).toEqual([
      {
        scheduledAt: '2026-06-01T06:00:00.000Z',
        state: 'GIVEN',
        prescription: { id: rx.id, patientId: q1, medicationName: 'Paracétamol' },
        administration: { id: given, status: 'GIVEN' },
      },
      {
        scheduledAt: '2026-06-01T10:00:00.000Z',
        state: 'DUE',
        prescription: { id: rx.id, patientId: q1, medicationName: 'Paracétamol' },
        administration: null,
      },
    ]);

    // The colleague's pack holds her patient and none of these; the other ward's never appears.
    const theirsPack = await pack(colleague.token);
    expect(theirsPack.patients.map((x) => x.patientId)).toEqual(theirs.patientIds);
    expect(theirsPack.dosesDue.map((d) => d.prescription.id)).toEqual([theirRx.id]);
    const all = JSON.stringify(p);
    for (const id of [...theirs.patientIds, ...evening.patientIds]) expect(all).not.toContain(id);
  });

  it('is empty when she has no assignment this shift', async () => {
    const free = await app.tokenFor(Role.NURSE);
    const p = await pack(free.token);
    expect(p).toMatchObject({
      kind: 'NURSE_SHIFT',
      shift: 'DAY',
      shiftEndsAt: DAY_SHIFT_ENDS,
      patients: [],
      appointments: [],
      dosesDue: [],
    });
    expect(p.version).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('the version', () => {
  it('stays the same for the same content and changes when a set of vitals is recorded', async () => {
    const doctor = await app.tokenFor(Role.DOCTOR);
    const charge = await app.tokenFor(Role.NURSE);
    const { wardId, patientIds } = await inpatients(2, doctor);
    await assign(wardId, [charge]);
    for (const id of patientIds) await fillChart(id);
    const first = await pack(charge.token);
    const again = await pack(charge.token);
    expect(again.version).toBe(first.version);
    app.clock.set(new Date(NOW.getTime() + 60_000));
    try {
      const later = await pack(charge.token);
      expect(later.asOf).not.toBe(first.asOf);
      expect(later.version).toBe(first.version);
      await s.vitals(patientIds[1] as string, COMPLETE_VITALS, charge);
      const changed = await pack(charge.token);
      expect(changed.version).not.toBe(first.version);
      expect(await pack(charge.token)).toMatchObject({ version: changed.version });
    } finally {
      app.clock.set(NOW);
    }
  });
});

describe('the statements a pack costs', () => {
  it('do not grow with the number of patients, for a doctor and for a nurse', async () => {
    const counts: Record<string, number> = {};
    for (const n of [1, 4]) {
      const doctor = await s.doctor();
      const nurseOf = await app.tokenFor(Role.NURSE);
      const { wardId, patientIds } = await inpatients(n, doctor);
      await assign(wardId, [nurseOf]);
      for (const [i, id] of patientIds.entries()) {
        await fillChart(id);
        await s.appointment({
          patientId: id,
          practitioner: doctor.practitioner,
          startsAt: new Date(Date.UTC(2026, 5, 1, 11, i * 20)),
        });
      }
      const read = async (token: string) => {
        const p = await pack(token);
        expect(p.patients).toHaveLength(n);
        for (const x of p.patients) {
          for (const part of [x.allergies, x.activeProblems, x.activePrescriptions, x.vitals]) {
            expect(part.length).toBeGreaterThan(0);
          }
          for (const part of [x.administrations, x.labResults, x.careNotes]) {
            expect(part.length).toBeGreaterThan(0);
          }
        }
        return p;
      };
      counts[`doctor:${String(n)}`] = await statementsOf(async () => {
        expect((await read(doctor.token)).appointments).toHaveLength(n);
      });
      counts[`nurse:${String(n)}`] = await statementsOf(async () => {
        expect((await read(nurseOf.token)).dosesDue.length).toBeGreaterThanOrEqual(n);
      });
    }
    console.log('statements per pack', counts);
    expect(counts['doctor:4']).toBe(counts['doctor:1']);
    expect(counts['nurse:4']).toBe(counts['nurse:1']);
    expect(counts['doctor:1']).toBeGreaterThan(5);
    expect(counts['doctor:1']).toBeLessThanOrEqual(30);
    expect(counts['nurse:1']).toBeLessThanOrEqual(30);
  });
});
