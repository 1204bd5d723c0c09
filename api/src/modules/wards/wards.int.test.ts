import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allAtOnce, ok, seed, type Account, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, wsSubscribe, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { Sex } from '../patients/index.js';
import { Encounter, EncounterKind, EncounterStatus, VitalSigns } from '../records/index.js';
import { BedReservation, BedStay } from './admission.entity.js';
import { NurseAssignment } from './nurse-assignment.entity.js';
import { Shift } from './wards-enums.js';

let app: TestApp;
let s: Seed;
let manager: Account;
let reception: Account;
let nurse: Account;
let doctor: Account;
let doctor2: Account;

// Monday 1 June 2026, 10:00 in Paris (UTC+2): the day shift.
const NOW = new Date('2026-06-01T08:00:00Z');

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  manager = await app.tokenFor(Role.MANAGER);
  reception = await app.tokenFor(Role.RECEPTIONIST);
  nurse = await app.tokenFor(Role.NURSE);
  doctor = await app.tokenFor(Role.DOCTOR);
  doctor2 = await app.tokenFor(Role.DOCTOR);
});
afterAll(async () => {
  await app.close();
});

interface Tile {
  bedId: string;
  label: string;
  status: string;
  condition: string;
  occupant: { patientId: string; name: string; admissionId: string; days: number } | null;
}

let wardSerial = 0;
/** A ward with one room of `beds` beds, made through the API by a manager. */
async function ward(beds = 2, sexPolicy = 'MIXED') {
  wardSerial++;
  const w = await ok<{ saveWard: { id: string } }>(
    app,
    `mutation($i: SaveWardInput!) { saveWard(input: $i) { id } }`,
    { i: { name: `Médecine ${String(wardSerial)}`, service: 'Médecine', floor: '2', sexPolicy } },
    manager.token,
  );
  const room = await ok<{ saveRoom: { id: string } }>(
    app,
    `mutation($i: SaveRoomInput!) { saveRoom(input: $i) { id } }`,
    { i: { wardId: w.saveWard.id, number: '101', kind: 'MULTI' } },
    manager.token,
  );
  const bedIds: string[] = [];
  for (let i = 0; i < beds; i++) {
    const b = await ok<{ addBed: { id: string } }>(
      app,
      `mutation($i: AddBedInput!) { addBed(input: $i) { id } }`,
      { i: { roomId: room.saveRoom.id, label: `101-${String.fromCharCode(65 + i)}` } },
      manager.token,
    );
    bedIds.push(b.addBed.id);
  }
  return { id: w.saveWard.id, roomId: room.saveRoom.id, bedIds };
}

const ADMIT = `mutation($i: AdmitPatientInput!) { admitPatient(input: $i) { id status } }`;

function admitVars(patientId: string, bedId: string, over: Record<string, unknown> = {}) {
  return {
    i: {
      patientId,
      bedId,
      attendingUserId: doctor.user.id,
      reason: 'Pneumopathie',
      source: 'EMERGENCY',
      ...over,
    },
  };
}

async function admit(patientId: string, bedId: string, over: Record<string, unknown> = {}) {
  const d = await ok<{ admitPatient: { id: string; status: string } }>(
    app,
    ADMIT,
    admitVars(patientId, bedId, over),
    reception.token,
  );
  return d.admitPatient.id;
}

async function board(wardId: string, token = nurse.token) {
  const d = await ok<{ bedBoard: { beds: Tile[]; shift: string } }>(
    app,
    `query($w: ID!) { bedBoard(wardId: $w) { shift beds { bedId label status condition
        occupant { patientId name admissionId days } } } }`,
    { w: wardId },
    token,
  );
  return d.bedBoard;
}

const tileOf = async (wardId: string, bedId: string) =>
  (await board(wardId)).beds.find((b) => b.bedId === bedId) as Tile;

async function assign(wardId: string, nurses: Account[], date = '2026-06-01', shift = 'DAY') {
  await ok(
    app,
    `mutation($i: AssignNursesInput!) { assignNurses(input: $i) { id } }`,
    { i: { wardId, date, shift, nurseUserIds: nurses.map((n) => n.user.id) } },
    manager.token,
  );
}

describe('ward structure', () => {
  it('is kept by managers: wards, rooms, beds; a label is unique in its ward', async () => {
    const w = await ward(2);
    const dup = await app.gql(
      `mutation($i: AddBedInput!) { addBed(input: $i) { id } }`,
      { i: { roomId: w.roomId, label: '101-A' } },
      { token: manager.token },
    );
    expect(dup.errors[0]?.extensions?.code).toBe('CONFLICT');
    const byNurse = await app.gql(
      `mutation($i: SaveWardInput!) { saveWard(input: $i) { id } }`,
      { i: { name: 'X', service: 'X', floor: '1', sexPolicy: 'MIXED' } },
      { token: nurse.token },
    );
    expect(byNurse.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const wards = await ok<{ wards: { id: string; beds: number; free: number }[] }>(
      app,
      '{ wards { id beds free } }',
      {},
      reception.token,
    );
    expect(wards.wards.find((x) => x.id === w.id)).toEqual({ id: w.id, beds: 2, free: 2 });
  });
});

describe('admission, transfer, discharge', () => {
  it('admits to a free bed, opens the stay’s encounter, and its vitals belong to it', async () => {
    const w = await ward(2);
    const p = await s.patient();
    const admissionId = await admit(p.id, w.bedIds[0] as string);
    const tile = await tileOf(w.id, w.bedIds[0] as string);
    expect(tile.status).toBe('OCCUPIED');
    expect(tile.occupant).toMatchObject({ patientId: p.id, admissionId, days: 0 });
    const em = app.em();
    const enc = await em.findOneOrFail(Encounter, { admissionId });
    expect(enc.kind).toBe(EncounterKind.INPATIENT);
    expect(enc.status).toBe(EncounterStatus.IN_PROGRESS);
    await assign(w.id, [nurse]);
    const v = await s.vitals(p.id, {}, nurse);
    const row = await app.em().findOneOrFail(VitalSigns, v.id);
    expect(row.encounter?.id).toBe(enc.id);
  });

  it('refuses a second admission of the same patient, and a bed on the wrong ward', async () => {
    const w = await ward(2);
    const female = await ward(1, 'FEMALE');
    const p = await s.patient({ sex: Sex.MALE });
    await admit(p.id, w.bedIds[0] as string);
    const again = await app.gql(ADMIT, admitVars(p.id, w.bedIds[1] as string), {
      token: reception.token,
    });
    expect(again.errors[0]?.extensions?.code).toBe('CONFLICT');
    const q = await s.patient({ sex: Sex.MALE });
    const wrong = await app.gql(ADMIT, admitVars(q.id, female.bedIds[0] as string), {
      token: reception.token,
    });
    expect(wrong.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.em().count(BedStay, { patientId: q.id })).toBe(0);
  });

  it('transfers keep every stay and send the old bed to cleaning', async () => {
    const a = await ward(1);
    const b = await ward(1);
    const p = await s.patient();
    const admissionId = await admit(p.id, a.bedIds[0] as string, {
      admittedAt: '2026-05-30T10:00:00Z',
    });
    await ok(
      app,
      `mutation($i: TransferPatientInput!) { transferPatient(input: $i) { id } }`,
      { i: { admissionId, toBedId: b.bedIds[0], reason: 'Surveillance cardiaque' } },
      nurse.token,
    );
    const d = await ok<{
      admission: {
        stays: {
          startedAt: string;
          endedAt: string | null;
          transferReason: string | null;
          bed: { id: string };
        }[];
      };
    }>(
      app,
      `query($id: ID!) { admission(id: $id) { stays { startedAt endedAt transferReason bed { id } } } }`,
      { id: admissionId },
      reception.token,
    );
    expect(d.admission.stays).toEqual([
      {
        startedAt: '2026-05-30T10:00:00.000Z',
        endedAt: NOW.toISOString(),
        transferReason: null,
        bed: { id: a.bedIds[0] },
      },
      {
        startedAt: NOW.toISOString(),
        endedAt: null,
        transferReason: 'Surveillance cardiaque',
        bed: { id: b.bedIds[0] },
      },
    ]);
    expect((await tileOf(a.id, a.bedIds[0] as string)).status).toBe('TO_CLEAN');
    expect((await tileOf(b.id, b.bedIds[0] as string)).occupant?.days).toBe(2);
  });

  it('discharge frees the bed to "to clean"; a nurse cleans it; the summary is a doctor’s', async () => {
    const w = await ward(1);
    const p = await s.patient();
    const bedId = w.bedIds[0] as string;
    const admissionId = await admit(p.id, bedId, { admittedAt: '2026-05-28T09:00:00Z' });
    const DISCHARGE = `mutation($i: DischargePatientInput!) {
      dischargePatient(input: $i) { id status dischargedAt dischargeDestination } }`;
    const byNurse = await app.gql(
      DISCHARGE,
      { i: { admissionId, destination: 'HOME', summary: 'Retour à domicile' } },
      { token: nurse.token },
    );
    expect(byNurse.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { summary: 'is written by a doctor' },
    });
    const done = await ok<{ dischargePatient: { status: string; dischargeDestination: string } }>(
      app,
      DISCHARGE,
      {
        i: {
          admissionId,
          destination: 'HOME',
          summary: 'Pneumopathie traitée, retour à domicile.',
        },
      },
      doctor.token,
    );
    expect(done.dischargePatient).toMatchObject({
      status: 'DISCHARGED',
      dischargeDestination: 'HOME',
    });
    expect((await tileOf(w.id, bedId)).status).toBe('TO_CLEAN');
    const enc = await app.em().findOneOrFail(Encounter, { admissionId });
    expect(enc.status).toBe(EncounterStatus.COMPLETED);
    expect(enc.endedAt).toEqual(NOW);
    await ok(
      app,
      `mutation($i: SetBedStatusInput!) { setBedStatus(input: $i) { id condition } }`,
      { i: { bedId, condition: 'READY' } },
      nurse.token,
    );
    expect((await tileOf(w.id, bedId)).status).toBe('FREE');
  });

  it('never removes or takes out of service a bed with a patient in it', async () => {
    const w = await ward(1);
    const bedId = w.bedIds[0] as string;
    await admit((await s.patient()).id, bedId);
    const out = await app.gql(
      `mutation($i: SetBedStatusInput!) { setBedStatus(input: $i) { id } }`,
      { i: { bedId, condition: 'OUT_OF_SERVICE', reason: 'Fuite' } },
      { token: nurse.token },
    );
    expect(out.errors[0]?.extensions?.code).toBe('BED_OCCUPIED');
    const removed = await app.gql(
      `mutation($i: BedIdInput!) { removeBed(input: $i) { id } }`,
      { i: { bedId } },
      { token: manager.token },
    );
    expect(removed.errors[0]?.extensions?.code).toBe('BED_OCCUPIED');
    expect((await tileOf(w.id, bedId)).status).toBe('OCCUPIED');
  });

  it('cancels an admission entered in error: kept, struck out, the bed free again', async () => {
    const w = await ward(1);
    const bedId = w.bedIds[0] as string;
    const patient = await s.patientAccount();
    const admissionId = await admit(patient.patientId, bedId);
    await ok(
      app,
      `mutation($i: CancelAdmissionInput!) { cancelAdmission(input: $i) { id status } }`,
      { i: { admissionId, reason: 'Mauvais patient' } },
      reception.token,
    );
    expect((await tileOf(w.id, bedId)).status).toBe('FREE');
    const staff = await ok<{ admissions: { id: string; status: string }[] }>(
      app,
      `query($p: ID!) { admissions(patientId: $p) { id status } }`,
      { p: patient.patientId },
      reception.token,
    );
    expect(staff.admissions).toEqual([{ id: admissionId, status: 'CANCELLED' }]);
    const own = await ok<{ admissions: unknown[] }>(
      app,
      `query($p: ID!) { admissions(patientId: $p) { id } }`,
      { p: patient.patientId },
      patient.token,
    );
    expect(own.admissions).toEqual([]);
    const enc = await app.em().findOneOrFail(Encounter, { admissionId });
    expect(enc.enteredInErrorAt).not.toBeNull();
    // The bed takes the right patient at once.
    await admit((await s.patient()).id, bedId);
  });
});

describe('PostgreSQL keeps beds and patients apart', () => {
  it('20 admissions into one bed at once: exactly one, and 19 BED_OCCUPIED', async () => {
    const w = await ward(1);
    const bedId = w.bedIds[0] as string;
    const patients = await Promise.all(Array.from({ length: 20 }, () => s.patient()));
    // Twenty at once (the pool has 20 connections: no room for allAtOnce's lock holder).
    const answers = await Promise.all(
      patients.map((p) => app.gql(ADMIT, admitVars(p.id, bedId), { token: reception.token })),
    );
    const codes = answers.map((a) => a.errors[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'BED_OCCUPIED')).toHaveLength(19);
    expect(await app.em().count(BedStay, { bed: bedId })).toBe(1);
  });

  it('one patient into 10 beds at once: exactly one admission', async () => {
    const w = await ward(10);
    const p = await s.patient();
    let i = 0;
    const answers = await allAtOnce(app, 'admission', 10, () =>
      app.gql(ADMIT, admitVars(p.id, w.bedIds[i++] as string), { token: reception.token }),
    );
    const codes = answers.map((a) => a.errors[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(9);
    expect(await app.em().count(BedStay, { patientId: p.id })).toBe(1);
  });

  it('refuses overlapping stays of a bed or of a patient whatever writes them', async () => {
    const w = await ward(2);
    const p = await s.patient();
    const q = await s.patient();
    const admissionId = await admit(p.id, w.bedIds[0] as string);
    const other = await admit(q.id, w.bedIds[1] as string);
    const conn = app.em().getConnection();
    const insert = (admission: string, bed: string, patient: string) =>
      conn.execute(
        `insert into bed_stay (id, admission_id, bed_id, ward_id, patient_id, started_at)
         values (gen_random_uuid(), ?, ?, ?, ?, ?)`,
        [admission, bed, w.id, patient, new Date('2026-06-01T09:00:00Z')],
      );
    await expect(insert(other, w.bedIds[0] as string, q.id)).rejects.toThrow(
      /bed_stay_bed_no_overlap|bed_stay_patient_no_overlap/,
    );
    await expect(insert(admissionId, w.bedIds[1] as string, p.id)).rejects.toThrow(
      /bed_stay_(bed|patient)_no_overlap/,
    );
  });
});

describe('who sees whom', () => {
  it('a nurse reads an inpatient’s chart only on a ward she covers this shift', async () => {
    const w = await ward(1);
    const onWard = await app.tokenFor(Role.NURSE);
    const p = await s.patient();
    const outpatient = await s.patient();
    await admit(p.id, w.bedIds[0] as string);
    const VITALS = `query($p: ID!) { vitals(patientId: $p, first: 5) { totalCount } }`;
    const read = (token: string, id: string) => app.gql(VITALS, { p: id }, { token });
    expect((await read(onWard.token, p.id)).errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await read(onWard.token, outpatient.id)).errors).toEqual([]);
    // On the board, a ward she does not cover says its clinical data is withheld, not absent.
    const FLAGS = `query($w: ID!) { bedBoard(wardId: $w) { beds { occupant {
      patientId clinicalShown news2Score allergyFlag newResults } } } }`;
    type Flags = { bedBoard: { beds: { occupant: Record<string, unknown> | null }[] } };
    const flags = async () =>
      (await ok<Flags>(app, FLAGS, { w: w.id }, onWard.token)).bedBoard.beds[0]?.occupant;
    expect(await flags()).toEqual({
      patientId: p.id,
      clinicalShown: false,
      news2Score: null,
      allergyFlag: null,
      newResults: null,
    });
    await assign(w.id, [onWard]);
    expect((await read(onWard.token, p.id)).errors).toEqual([]);
    expect(await flags()).toMatchObject({ patientId: p.id, clinicalShown: true });
    const mine = await ok<{ myPatients: { patientId: string; bedLabel: string }[] }>(
      app,
      '{ myPatients { patientId bedLabel } }',
      {},
      onWard.token,
    );
    expect(mine.myPatients).toEqual([{ patientId: p.id, bedLabel: '101-A' }]);
    // 15:00 Paris: the evening shift has begun and she is not on it.
    app.clock.set(new Date('2026-06-01T13:00:00Z'));
    try {
      const evening = (await app.login(onWard.email, onWard.password)).accessToken;
      const doctorNow = (await app.login(doctor2.email, doctor2.password)).accessToken;
      expect((await read(evening, p.id)).errors[0]?.extensions?.code).toBe('NOT_FOUND');
      const later = await ok<{ myPatients: unknown[] }>(
        app,
        '{ myPatients { patientId } }',
        {},
        evening,
      );
      expect(later.myPatients).toEqual([]);
      // Doctors read every patient.
      expect((await read(doctorNow, p.id)).errors).toEqual([]);
    } finally {
      app.clock.set(NOW);
    }
  });

  it('a cashier sees who lies where but no clinical data; a manager sees beds, not patients', async () => {
    const w = await ward(1);
    const p = await s.patient();
    await admit(p.id, w.bedIds[0] as string);
    const cashier = await app.tokenFor(Role.CASHIER);
    const seen = await board(w.id, cashier.token);
    expect(seen.beds[0]?.occupant?.patientId).toBe(p.id);
    const news = await app.gql(
      `query($w: ID!) { bedBoard(wardId: $w) { beds { occupant { news2Score } } } }`,
      { w: w.id },
      { token: cashier.token },
    );
    expect(news.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    // Who is on shift shows on every board.
    await assign(w.id, [nurse]);
    const onShift = await ok<{ bedBoard: { nurses: { nurseUserId: string }[] } }>(
      app,
      'query($w: ID!) { bedBoard(wardId: $w) { nurses { nurseUserId } } }',
      { w: w.id },
      cashier.token,
    );
    expect(onShift.bedBoard.nurses).toEqual([{ nurseUserId: nurse.user.id }]);
    const byManager = await board(w.id, manager.token);
    expect(byManager.beds[0]).toMatchObject({ status: 'OCCUPIED', occupant: null });
  });

  it('a doctor’s round lists their inpatients, sickest first', async () => {
    const w = await ward(3);
    const round = await app.tokenFor(Role.DOCTOR);
    const [calm, sick, other] = await Promise.all([s.patient(), s.patient(), s.patient()]);
    const by = { attendingUserId: round.user.id };
    await admit(calm.id, w.bedIds[0] as string, by);
    await admit(sick.id, w.bedIds[1] as string, by);
    await admit(other.id, w.bedIds[2] as string);
    await assign(w.id, [nurse]);
    const full = {
      respiratoryRate: 16,
      spo2: 97,
      systolicBp: 125,
      diastolicBp: 80,
      heartRate: 72,
      temperatureC: 36.8,
      consciousness: 'ALERT',
      onOxygen: false,
    };
    await s.vitals(calm.id, full, nurse);
    await s.vitals(sick.id, { ...full, respiratoryRate: 26, spo2: 91, heartRate: 118 }, nurse);
    const d = await ok<{ myRound: { patientId: string; news2Score: number | null }[] }>(
      app,
      '{ myRound { patientId news2Score } }',
      {},
      round.token,
    );
    expect(d.myRound.map((r) => r.patientId)).toEqual([sick.id, calm.id]);
    expect(d.myRound[0]!.news2Score).toBeGreaterThan(d.myRound[1]!.news2Score ?? 99);
  });
});

describe('live bed board', () => {
  it('pushes an admission to a board open on another connection', async () => {
    const w = await ward(1);
    const sub = wsSubscribe(
      app.url,
      `subscription { bedBoardChanged(wardId: "${w.id}") { wardId bedId change } }`,
      nurse.token,
    );
    await sub.connected;
    await new Promise((r) => setTimeout(r, 200));
    await admit((await s.patient()).id, w.bedIds[0] as string);
    // The bed's own ADDED push (from setting the ward up) may reach the board after it opened,
    // on a loaded machine: wait for the admission's push, whatever came before it.
    const admitted = () =>
      sub.received.find(
        (m) =>
          (m.data as { bedBoardChanged?: { change?: string } } | undefined)?.bedBoardChanged
            ?.change === 'ADMITTED',
      );
    const deadline = Date.now() + 5000;
    while (!admitted() && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(admitted()?.data).toEqual({
      bedBoardChanged: { wardId: w.id, bedId: w.bedIds[0], change: 'ADMITTED' },
    });
    await sub.close();
  });
});

describe('occupancy figures', () => {
  it('counts beds and occupants at midnight, admissions, discharges and length of stay', async () => {
    const w = await ward(2);
    // The beds have been there since May.
    await app
      .em()
      .getConnection()
      .execute(`update bed set created_at = '2026-05-01' where ward_id = ?`, [w.id]);
    const [a, b] = [await s.patient(), await s.patient()];
    // a: 29 May 14:00 → 31 May 10:00 (Paris); b: 30 May 20:00, still in.
    const ad = await admit(a.id, w.bedIds[0] as string, { admittedAt: '2026-05-29T12:00:00Z' });
    await ok(
      app,
      `mutation($i: DischargePatientInput!) { dischargePatient(input: $i) { id } }`,
      { i: { admissionId: ad, destination: 'HOME', at: '2026-05-31T08:00:00Z' } },
      doctor.token,
    );
    await admit(b.id, w.bedIds[1] as string, { admittedAt: '2026-05-30T18:00:00Z' });
    const d = await ok<{
      wardOccupancy: {
        date: string;
        beds: number;
        occupied: number;
        rate: number;
        admissions: number;
        discharges: number;
        meanLengthOfStayDays: number | null;
      }[];
    }>(
      app,
      `query($w: ID!) { wardOccupancy(wardId: $w, from: "2026-05-30", to: "2026-06-01") {
          date beds occupied rate admissions discharges meanLengthOfStayDays } }`,
      { w: w.id },
      manager.token,
    );
    expect(d.wardOccupancy).toEqual([
      {
        date: '2026-05-30',
        beds: 2,
        occupied: 1,
        rate: 0.5,
        admissions: 1,
        discharges: 0,
        meanLengthOfStayDays: null,
      },
      {
        date: '2026-05-31',
        beds: 2,
        occupied: 2,
        rate: 1,
        admissions: 0,
        discharges: 1,
        meanLengthOfStayDays: 1.83,
      },
      {
        date: '2026-06-01',
        beds: 2,
        occupied: 1,
        rate: 0.5,
        admissions: 0,
        discharges: 0,
        meanLengthOfStayDays: null,
      },
    ]);
  });
});

describe('at most one, under concurrency', () => {
  it('five reservations of one bed at once: one holds it, four are refused', async () => {
    const w = await ward(1);
    const bedId = w.bedIds[0] as string;
    const patients = await Promise.all(Array.from({ length: 5 }, () => s.patient()));
    const answers = await Promise.all(
      patients.map((p) =>
        app.gql(
          `mutation($i: ReserveBedInput!) { reserveBed(input: $i) { id } }`,
          { i: { bedId, patientId: p.id, plannedFor: '2026-06-02T08:00:00Z' } },
          { token: reception.token },
        ),
      ),
    );
    const codes = answers.map((a) => a.errors[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(4);
    expect(await app.em().count(BedReservation, { bed: bedId, closedAt: null })).toBe(1);
    expect((await tileOf(w.id, bedId)).status).toBe('RESERVED');
    const holder = await ok<{ bedBoard: { beds: { reservedPatientId: string | null }[] } }>(
      app,
      'query($w: ID!) { bedBoard(wardId: $w) { beds { reservedPatientId } } }',
      { w: w.id },
      reception.token,
    );
    const winner = answers.findIndex((a) => a.errors.length === 0);
    expect(holder.bedBoard.beds[0]?.reservedPatientId).toBe(patients[winner]?.id);
  });

  it('two managers assigning the same nurses to one shift at once: all succeed, one row each', async () => {
    const w = await ward(1);
    const nurses = [await app.tokenFor(Role.NURSE), await app.tokenFor(Role.NURSE)];
    const other = await app.tokenFor(Role.MANAGER);
    const send = (token: string) =>
      app.gql(
        `mutation($i: AssignNursesInput!) { assignNurses(input: $i) { id } }`,
        {
          i: {
            wardId: w.id,
            date: '2026-06-01',
            shift: 'NIGHT',
            nurseUserIds: nurses.map((n) => n.user.id),
          },
        },
        { token },
      );
    const answers = await Promise.all([
      send(manager.token),
      send(other.token),
      send(manager.token),
    ]);
    const codes = answers.map((a) => a.errors[0]?.extensions?.code ?? 'OK');
    // They take turns on the ward's row: each succeeds, and no nurse is listed twice.
    expect(codes).toEqual(['OK', 'OK', 'OK']);
    expect(
      await app.em().count(NurseAssignment, { ward: w.id, date: '2026-06-01', shift: Shift.NIGHT }),
    ).toBe(2);
  });
});

describe('care teams', () => {
  it('puts an inpatient on the round of every doctor of the team, and off it again', async () => {
    const w = await ward(1);
    const p = await s.patient();
    const admissionId = await admit(p.id, w.bedIds[0] as string);
    const colleague = await app.tokenFor(Role.DOCTOR);
    const roundOf = async (token: string) =>
      (
        await ok<{ myRound: { patientId: string }[] }>(app, '{ myRound { patientId } }', {}, token)
      ).myRound.map((r) => r.patientId);
    expect(await roundOf(colleague.token)).not.toContain(p.id);
    const SET = `mutation($i: SetCareTeamInput!) { setCareTeam(input: $i) { id careTeam { userId } } }`;
    const set = await ok<{ setCareTeam: { careTeam: { userId: string }[] } }>(
      app,
      SET,
      { i: { admissionId, doctorUserIds: [colleague.user.id, doctor.user.id] } },
      doctor.token,
    );
    // The attending is on it by right, not as a member.
    expect(set.setCareTeam.careTeam).toEqual([{ userId: colleague.user.id }]);
    expect(await roundOf(colleague.token)).toContain(p.id);
    const notADoctor = await app.gql(
      SET,
      { i: { admissionId, doctorUserIds: [nurse.user.id] } },
      { token: doctor.token },
    );
    expect(notADoctor.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await ok(app, SET, { i: { admissionId, doctorUserIds: [] } }, doctor.token);
    expect(await roundOf(colleague.token)).not.toContain(p.id);
  });
});
