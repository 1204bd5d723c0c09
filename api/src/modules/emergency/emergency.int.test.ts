import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allAtOnce, ok, seed, type Account, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, wsSubscribe, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { Admission } from '../wards/index.js';
import { VitalSigns } from '../records/index.js';
import { EmergencyCase } from './emergency-case.entity.js';

let app: TestApp;
let s: Seed;
let nurse: Account;
let reception: Account;
let doctor: Account;
let doctor2: Account;
let manager: Account;
let admin: Account;

// Monday 1 June 2026, 20:00 in Paris (UTC+2): a busy evening.
const NOW = new Date('2026-06-01T18:00:00Z');
const minutesAfter = (m: number) => new Date(NOW.getTime() + m * 60_000);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  nurse = await app.tokenFor(Role.NURSE);
  reception = await app.tokenFor(Role.RECEPTIONIST);
  doctor = await app.tokenFor(Role.DOCTOR);
  doctor2 = await app.tokenFor(Role.DOCTOR);
  manager = await app.tokenFor(Role.MANAGER);
  admin = await app.tokenFor(Role.ADMIN);
});
afterAll(async () => {
  await app.close();
});

const REGISTER = `mutation($i: RegisterEmergencyArrivalInput!) {
  registerEmergencyArrival(input: $i) { id status unknownIdentity patient { id familyName givenNames } } }`;
const TRIAGE = `mutation($i: TriageEmergencyCaseInput!) {
  triageEmergencyCase(input: $i) { id status level triages { level news2Score } } }`;
const TAKE = `mutation($i: TakeEmergencyCaseInput!) { takeEmergencyCase(input: $i) { id status doctorName } }`;
const CLOSE = `mutation($i: CloseEmergencyCaseInput!) {
  closeEmergencyCase(input: $i) { id status outcome admissionId closedAt } }`;
const QUEUE = `{ emergencyQueue { breached cases { caseId patientId name level status unknownIdentity
  wait { waitedMinutes targetMinutes breached } } } }`;

type Queue = {
  emergencyQueue: {
    breached: number;
    cases: {
      caseId: string;
      patientId: string | null;
      name: string | null;
      level: string | null;
      status: string;
      unknownIdentity: boolean;
      wait: { waitedMinutes: number; targetMinutes: number; breached: boolean };
    }[];
  };
};

async function arrive(patientId: string, over: Record<string, unknown> = {}, token = nurse.token) {
  const d = await ok<{ registerEmergencyArrival: { id: string } }>(
    app,
    REGISTER,
    { i: { patientId, mode: 'WALK_IN', complaint: 'CHEST_PAIN', ...over } },
    token,
  );
  return d.registerEmergencyArrival.id;
}

async function triage(caseId: string, level: string, over: Record<string, unknown> = {}) {
  return ok<{ triageEmergencyCase: { status: string; triages: { news2Score: number | null }[] } }>(
    app,
    TRIAGE,
    { i: { caseId, level, ...over } },
    nurse.token,
  );
}

async function take(caseId: string, token = doctor.token) {
  return app.gql(TAKE, { i: { caseId } }, { token });
}

/** Closes every open case, so that each test reads a queue of its own. */
async function emptyDepartment() {
  await app
    .em()
    .execute(
      `update emergency_case set closed_at = arrived_at, outcome = 'LEFT_WITHOUT_BEING_SEEN', status = 'CLOSED' where closed_at is null`,
    );
}

async function ward1Bed() {
  const w = await ok<{ saveWard: { id: string } }>(
    app,
    `mutation($i: SaveWardInput!) { saveWard(input: $i) { id } }`,
    {
      i: {
        name: `UHCD ${Math.random().toString(36).slice(2, 7)}`,
        service: 'Urgences',
        floor: '0',
        sexPolicy: 'MIXED',
      },
    },
    manager.token,
  );
  const room = await ok<{ saveRoom: { id: string } }>(
    app,
    `mutation($i: SaveRoomInput!) { saveRoom(input: $i) { id } }`,
    { i: { wardId: w.saveWard.id, number: '1', kind: 'SINGLE' } },
    manager.token,
  );
  const b = await ok<{ addBed: { id: string } }>(
    app,
    `mutation($i: AddBedInput!) { addBed(input: $i) { id } }`,
    { i: { roomId: room.saveRoom.id, label: '1-A' } },
    manager.token,
  );
  return b.addBed.id;
}

describe('arrivals', () => {
  it('registers a known patient; a second open case of the same patient is refused', async () => {
    const p = await s.patient();
    const id = await arrive(p.id, {}, reception.token);
    const again = await app.gql(
      REGISTER,
      { i: { patientId: p.id, mode: 'AMBULANCE', complaint: 'FEVER' } },
      { token: nurse.token },
    );
    expect(again.errors[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.em().count(EmergencyCase, { patient: p.id })).toBe(1);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('ten registrations of one patient at once: exactly one case', async () => {
    const p = await s.patient();
    const answers = await allAtOnce(app, 'emergency_case', 10, () =>
      app.gql(
        REGISTER,
        { i: { patientId: p.id, mode: 'WALK_IN', complaint: 'FEVER' } },
        { token: nurse.token },
      ),
    );
    expect(answers.filter((a) => a.errors.length === 0)).toHaveLength(1);
    expect(answers.filter((a) => a.errors[0]?.extensions?.code === 'CONFLICT')).toHaveLength(9);
    expect(await app.em().count(EmergencyCase, { patient: p.id })).toBe(1);
  });

  it('refuses bad input with field errors and creates nothing', async () => {
    const before = await app.em().count(EmergencyCase, {});
    const p = await s.patient();
    for (const i of [
      { mode: 'WALK_IN', complaint: 'FEVER' },
      {
        patientId: p.id,
        unknown: { sex: 'MALE', estimatedAge: 40 },
        mode: 'WALK_IN',
        complaint: 'FEVER',
      },
      { unknown: { sex: 'MALE', estimatedAge: 140 }, mode: 'WALK_IN', complaint: 'FEVER' },
      { patientId: p.id, mode: 'WALK_IN', complaint: 'FEVER', arrivedAt: minutesAfter(60) },
      { patientId: p.id, mode: 'WALK_IN', complaint: 'FEVER', complaintText: 'x'.repeat(501) },
    ]) {
      const r = await app.gql(REGISTER, { i }, { token: nurse.token });
      expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await app.em().count(EmergencyCase, {})).toBe(before);
  });

  it('gives an unknown patient a temporary record; merged later, the case follows', async () => {
    const d = await ok<{
      registerEmergencyArrival: {
        id: string;
        unknownIdentity: boolean;
        patient: { id: string; familyName: string; givenNames: string };
      };
    }>(
      app,
      REGISTER,
      {
        i: {
          unknown: {
            sex: 'MALE',
            estimatedAge: 45,
            description: 'Veste rouge, tatouage avant-bras',
          },
          mode: 'SMUR',
          complaint: 'ALTERED_CONSCIOUSNESS',
        },
      },
      nurse.token,
    );
    const c = d.registerEmergencyArrival;
    expect(c.unknownIdentity).toBe(true);
    expect(c.patient.familyName).toBe('INCONNU');
    expect(c.patient.givenNames).toMatch(/^Homme \d{4}$/);
    const real = await s.patient({ familyName: 'Lefebvre', givenNames: 'Marc' });
    await ok(
      app,
      `mutation($i: MergePatientsInput!) { mergePatients(input: $i) { movedReferences } }`,
      { i: { survivorId: real.id, duplicateId: c.patient.id, reason: 'Identifié par sa famille' } },
      admin.token,
    );
    const after = await ok<{
      emergencyCase: {
        unknownIdentity: boolean;
        temporaryPatientId: string;
        patient: { id: string };
      };
    }>(
      app,
      `query($id: ID!) { emergencyCase(id: $id) { unknownIdentity temporaryPatientId patient { id } } }`,
      { id: c.id },
      doctor.token,
    );
    expect(after.emergencyCase).toEqual({
      unknownIdentity: false,
      temporaryPatientId: c.patient.id,
      patient: { id: real.id },
    });
    const q = await ok<Queue>(app, QUEUE, {}, nurse.token);
    expect(q.emergencyQueue.cases.find((x) => x.caseId === c.id)).toMatchObject({
      patientId: real.id,
      name: expect.stringMatching(/^LEFEBVRE Marc/) as unknown,
      unknownIdentity: false,
    });
  });
});

describe('triage and the queue', () => {
  it('orders by level then arrival and computes waits and breaches from the server clock', async () => {
    await emptyDepartment();
    const [a, b, c, d] = [
      await s.patient(),
      await s.patient(),
      await s.patient(),
      await s.patient(),
    ];
    const early = await arrive(a.id, { arrivedAt: minutesAfter(-50) });
    const l2 = await arrive(b.id, { arrivedAt: minutesAfter(-25) });
    const untriaged = await arrive(c.id, { arrivedAt: minutesAfter(-5) });
    const l2late = await arrive(d.id, { arrivedAt: minutesAfter(-10) });
    await triage(early, 'L4');
    await triage(l2, 'L2');
    await triage(l2late, 'L2');
    const q = (await ok<Queue>(app, QUEUE, {}, doctor.token)).emergencyQueue;
    expect(q.cases.map((x) => x.caseId)).toEqual([untriaged, l2, l2late, early]);
    expect(
      q.cases.map((x) => [x.wait.waitedMinutes, x.wait.targetMinutes, x.wait.breached]),
    ).toEqual([
      [5, 10, false],
      [25, 20, true],
      [10, 20, false],
      [50, 120, false],
    ]);
    expect(q.breached).toBe(1);
    // Fifteen minutes later, with the injected clock: two more targets missed.
    app.clock.set(minutesAfter(15));
    try {
      // Tokens are short-lived: sign in again at the new time.
      const token = (await app.login(doctor.email, doctor.password)).accessToken;
      const later = (await ok<Queue>(app, QUEUE, {}, token)).emergencyQueue;
      expect(later.cases.map((x) => x.wait.breached)).toEqual([true, true, true, false]);
      // A doctor's contact stops the clock.
      expect((await take(l2, token)).errors).toEqual([]);
      app.clock.set(minutesAfter(25));
      const taken = (await ok<Queue>(app, QUEUE, {}, token)).emergencyQueue.cases.find(
        (x) => x.caseId === l2,
      );
      expect(taken?.wait).toMatchObject({ waitedMinutes: 40, targetMinutes: 20, breached: true });
      expect(taken?.status).toBe('WITH_DOCTOR');
    } finally {
      app.clock.set(NOW);
    }
  });

  it('records triage vitals in the chart with their NEWS2; a re-triage keeps the history', async () => {
    const p = await s.patient();
    const id = await arrive(p.id);
    const vitals = {
      id: crypto.randomUUID(),
      patientId: p.id,
      heartRate: 128,
      systolicBp: 88,
      diastolicBp: 55,
      respiratoryRate: 26,
      spo2: 90,
      temperatureC: 39.1,
      onOxygen: false,
      consciousness: 'ALERT',
    };
    const first = await triage(id, 'L3A', {
      vitals,
      note: 'Fièvre, tachycarde',
      area: 'BOX',
      areaLabel: 'Box 3',
    });
    expect(first.triageEmergencyCase.status).toBe('WAITING_FOR_DOCTOR');
    const score = first.triageEmergencyCase.triages[0]?.news2Score;
    expect(score).toBeGreaterThanOrEqual(7);
    expect(await app.em().count(VitalSigns, { patient: p.id })).toBe(1);
    app.clock.set(minutesAfter(3));
    const second = await triage(id, 'L2').finally(() => {
      app.clock.set(NOW);
    });
    expect(second.triageEmergencyCase).toMatchObject({
      level: 'L2',
      triages: [
        { level: 'L3A', news2Score: score },
        { level: 'L2', news2Score: null },
      ],
    });
    const q = await ok<{
      emergencyQueue: { cases: { caseId: string; news2Score: number | null }[] };
    }>(app, '{ emergencyQueue { cases { caseId news2Score } } }', {}, nurse.token);
    expect(q.emergencyQueue.cases.find((x) => x.caseId === id)?.news2Score).toBe(score);
    // Another patient's vitals are refused, and nothing is written.
    const other = await s.patient();
    const wrong = await app.gql(
      TRIAGE,
      {
        i: {
          caseId: id,
          level: 'L2',
          vitals: { ...vitals, id: crypto.randomUUID(), patientId: other.id },
        },
      },
      { token: nurse.token },
    );
    expect(wrong.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.em().count(VitalSigns, { patient: other.id })).toBe(0);
  });

  it('pushes an arrival to a queue open on another connection', async () => {
    const sub = wsSubscribe(
      app.url,
      'subscription { emergencyQueueChanged { caseId change } }',
      doctor.token,
    );
    await sub.connected;
    await new Promise((r) => setTimeout(r, 200));
    const id = await arrive((await s.patient()).id);
    const deadline = Date.now() + 5000;
    while (sub.received.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(sub.received[0]?.data).toEqual({
      emergencyQueueChanged: { caseId: id, change: 'ARRIVED' },
    });
    await sub.close();
  });
});

describe('doctors and outcomes', () => {
  it('two doctors taking the same case at once: one wins, the other is told', async () => {
    for (let round = 0; round < 5; round++) {
      const id = await arrive((await s.patient()).id);
      await triage(id, 'L3B');
      const tokens = [doctor.token, doctor2.token];
      let i = 0;
      const answers = await allAtOnce(app, 'emergency_case', 2, () => take(id, tokens[i++ % 2]));
      expect(answers.filter((a) => a.errors.length === 0)).toHaveLength(1);
      const lost = answers.find((a) => a.errors.length > 0);
      expect(lost?.errors[0]?.extensions?.code).toBe('CONFLICT');
      expect(lost?.errors[0]?.message).toMatch(/has already taken this case/);
    }
  });

  it('admits from the department atomically: a bed taken meanwhile leaves the case open', async () => {
    const bedId = await ward1Bed();
    const p = await s.patient();
    const id = await arrive(p.id);
    await triage(id, 'L2');
    expect((await take(id)).errors).toEqual([]);
    // Someone else takes the bed first.
    const other = await s.patient();
    await ok(
      app,
      `mutation($i: AdmitPatientInput!) { admitPatient(input: $i) { id } }`,
      {
        i: {
          patientId: other.id,
          bedId,
          attendingUserId: doctor.user.id,
          reason: 'Chute',
          source: 'ELECTIVE',
        },
      },
      reception.token,
    );
    const admitInput = {
      caseId: id,
      outcome: 'ADMITTED',
      note: 'Pneumopathie hypoxémiante',
      admission: { bedId, reason: 'Pneumopathie' },
    };
    const refused = await app.gql(CLOSE, { i: admitInput }, { token: doctor.token });
    expect(refused.errors[0]?.extensions?.code).toBe('BED_OCCUPIED');
    const still = await app.em().findOneOrFail(EmergencyCase, id, { refresh: true });
    expect(still.closedAt).toBeNull();
    expect(await app.em().count(Admission, { patient: p.id })).toBe(0);

    const free = await ward1Bed();
    const closed = await ok<{
      closeEmergencyCase: { status: string; outcome: string; admissionId: string };
    }>(
      app,
      CLOSE,
      { i: { ...admitInput, admission: { bedId: free, reason: 'Pneumopathie' } } },
      doctor.token,
    );
    expect(closed.closeEmergencyCase).toMatchObject({ status: 'CLOSED', outcome: 'ADMITTED' });
    const admission = await app
      .em()
      .findOneOrFail(Admission, closed.closeEmergencyCase.admissionId);
    expect(admission).toMatchObject({ source: 'EMERGENCY', attendingUserId: doctor.user.id });
    expect(admission.patient.id).toBe(p.id);
  });

  it('a closed case cannot be edited, only amended with a reason', async () => {
    const id = await arrive((await s.patient()).id);
    await triage(id, 'L5');
    await take(id);
    await ok(
      app,
      CLOSE,
      { i: { caseId: id, outcome: 'DISCHARGED', note: 'Entorse simple, RAD' } },
      doctor.token,
    );
    for (const [q, v, token] of [
      [TRIAGE, { i: { caseId: id, level: 'L1' } }, nurse.token],
      [TAKE, { i: { caseId: id } }, doctor2.token],
      [CLOSE, { i: { caseId: id, outcome: 'DECEASED' } }, doctor.token],
      [
        `mutation($i: MoveEmergencyCaseInput!) { moveEmergencyCase(input: $i) { id } }`,
        { i: { caseId: id, area: 'RESUS' } },
        nurse.token,
      ],
    ] as const) {
      const r = await app.gql(q, v, { token });
      expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
    }
    const amended = await ok<{ amendEmergencyCase: { reason: string; note: string } }>(
      app,
      `mutation($i: AmendEmergencyCaseInput!) { amendEmergencyCase(input: $i) { reason note } }`,
      {
        i: {
          caseId: id,
          reason: 'Radio relue',
          note: 'Fracture de la malléole vue à la relecture; patient rappelé.',
        },
      },
      doctor.token,
    );
    expect(amended.amendEmergencyCase.reason).toBe('Radio relue');
    const c = await ok<{
      emergencyCase: { outcome: string; outcomeNote: string; amendments: { note: string }[] };
    }>(
      app,
      'query($id: ID!) { emergencyCase(id: $id) { outcome outcomeNote amendments { note } } }',
      { id },
      doctor.token,
    );
    expect(c.emergencyCase).toMatchObject({
      outcome: 'DISCHARGED',
      outcomeNote: 'Entorse simple, RAD',
    });
    expect(c.emergencyCase.amendments).toHaveLength(1);
  });

  it('asks for what each outcome needs', async () => {
    const id = await arrive((await s.patient()).id);
    const r1 = await app.gql(
      CLOSE,
      { i: { caseId: id, outcome: 'DISCHARGED', note: 'RAD' } },
      { token: doctor.token },
    );
    expect(r1.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { outcome: expect.any(String) as unknown },
    });
    await take(id);
    const r2 = await app.gql(
      CLOSE,
      { i: { caseId: id, outcome: 'TRANSFERRED' } },
      { token: doctor.token },
    );
    expect(r2.errors[0]?.extensions).toMatchObject({
      fields: { transferTo: 'is required for a transfer' },
    });
    const r3 = await app.gql(
      CLOSE,
      { i: { caseId: id, outcome: 'ADMITTED' } },
      { token: doctor.token },
    );
    expect(r3.errors[0]?.extensions).toMatchObject({
      fields: { admission: 'is required to admit' },
    });
    const still = await app.em().findOneOrFail(EmergencyCase, id, { refresh: true });
    expect(still.closedAt).toBeNull();
  });
});

describe('who sees what', () => {
  it('a manager sees the queue without names or clinical words; reception registers, does not triage', async () => {
    const p = await s.patient();
    const id = await arrive(
      p.id,
      { complaintText: 'Douleur thoracique depuis 1 h' },
      reception.token,
    );
    const q = await ok<Queue>(app, QUEUE, {}, manager.token);
    expect(q.emergencyQueue.cases.find((x) => x.caseId === id)).toMatchObject({
      patientId: null,
      name: null,
    });
    const words = await app.gql(
      '{ emergencyQueue { cases { complaintText } } }',
      {},
      { token: manager.token },
    );
    expect(words.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const r = await app.gql(TRIAGE, { i: { caseId: id, level: 'L2' } }, { token: reception.token });
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const byReception = await ok<Queue>(app, QUEUE, {}, reception.token);
    expect(byReception.emergencyQueue.cases.find((x) => x.caseId === id)?.patientId).toBe(p.id);
  });

  it('a patient sees their own visits, and another patient’s case is not found', async () => {
    const me = await s.patientAccount();
    const id = await arrive(me.patientId);
    const other = await arrive((await s.patient()).id);
    const mine = await ok<{ myEmergencyVisits: { id: string; complaint: string }[] }>(
      app,
      '{ myEmergencyVisits { id complaint } }',
      {},
      me.token,
    );
    expect(mine.myEmergencyVisits).toEqual([{ id, complaint: 'CHEST_PAIN' }]);
    const r = await app.gql(
      'query($id: ID!) { emergencyCase(id: $id) { id } }',
      { id: other },
      { token: me.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const q = await app.gql(QUEUE, {}, { token: me.token });
    expect(q.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('figures', () => {
  it('computes the flow of a period against a hand-counted set', async () => {
    // Three cases on 3 June 2026 (Paris), each with known times; none else that day.
    const day = new Date('2026-06-03T06:00:00Z'); // 08:00 Paris
    const at = (m: number) => new Date(day.getTime() + m * 60_000);
    const em = app.em();
    const mk = async (
      arrived: number,
      triaged: number | null,
      doctorAt: number | null,
      closed: number | null,
      outcome: string | null,
    ) => {
      const p = await s.patient();
      await em.execute(
        `insert into emergency_case (id, patient_id, arrived_at, mode, complaint, status, triaged_at,
           doctor_at, closed_at, outcome, registered_by_id, registered_by_name, created_at)
         values (gen_random_uuid(), ?, ?, 'WALK_IN', 'FEVER', ?, ?, ?, ?, ?, ?, 'Test', now())`,
        [
          p.id,
          at(arrived),
          closed === null ? 'WAITING' : 'CLOSED',
          triaged === null ? null : at(triaged),
          doctorAt === null ? null : at(doctorAt),
          closed === null ? null : at(closed),
          outcome,
          nurse.user.id,
        ],
      );
    };
    await mk(0, 10, 30, 120, 'DISCHARGED'); // 08:00
    await mk(60, 64, 100, 300, 'ADMITTED'); // 09:00
    await mk(65, 71, null, 90, 'LEFT_WITHOUT_BEING_SEEN'); // 09:05
    await mk(600, null, null, null, null); // 18:00, still open
    const f = await ok<{
      emergencyFigures: {
        arrivals: number;
        arrivalsByHour: { hour: number; count: number }[];
        medianMinutesToTriage: number;
        medianMinutesToDoctor: number;
        medianMinutesInDepartment: number;
        closed: number;
        admissionRate: number;
        leftWithoutBeingSeenRate: number;
        outcomes: { outcome: string; count: number }[];
      };
    }>(
      app,
      `query($p: EmergencyPeriodInput!) { emergencyFigures(period: $p) { arrivals arrivalsByHour { hour count }
        medianMinutesToTriage medianMinutesToDoctor medianMinutesInDepartment closed admissionRate
        leftWithoutBeingSeenRate outcomes { outcome count } } }`,
      { p: { from: '2026-06-03', to: '2026-06-03' } },
      manager.token,
    );
    const e = f.emergencyFigures;
    expect(e.arrivals).toBe(4);
    expect(e.arrivalsByHour.filter((h) => h.count > 0)).toEqual([
      { hour: 8, count: 1 },
      { hour: 9, count: 2 },
      { hour: 18, count: 1 },
    ]);
    // To triage: 10, 4, 6 → 6. To doctor: 30, 40 → 35. In the department: 120, 240, 25 → 120.
    expect(e.medianMinutesToTriage).toBe(6);
    expect(e.medianMinutesToDoctor).toBe(35);
    expect(e.medianMinutesInDepartment).toBe(120);
    expect(e.closed).toBe(3);
    expect(e.admissionRate).toBeCloseTo(1 / 3, 6);
    expect(e.leftWithoutBeingSeenRate).toBeCloseTo(1 / 3, 6);
    expect(e.outcomes.find((o) => o.outcome === 'DECEASED')?.count).toBe(0);
    const denied = await app.gql(
      'query($p: EmergencyPeriodInput!) { emergencyFigures(period: $p) { arrivals } }',
      { p: { from: '2026-06-03', to: '2026-06-03' } },
      { token: doctor.token },
    );
    expect(denied.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const p of [
      { from: '2026-06-03', to: '9999-12-31' },
      { from: '2026-06-03', to: '2026-06-02' },
    ]) {
      const bad = await app.gql(
        'query($p: EmergencyPeriodInput!) { emergencyFigures(period: $p) { arrivals } }',
        { p },
        { token: manager.token },
      );
      expect(bad.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
