import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allAtOnce, ok, seed, type Account, type Seed } from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent, AuditOutcome } from '../audit/index.js';
import { Notification, NotificationKind } from '../notifications/index.js';
import { Patient } from '../patients/index.js';
import { Bed, Room, RoomKind, SexPolicy, Ward } from '../wards/index.js';
import { EmergencyAccess, EmergencyAccessStatus } from './emergency-access.entity.js';

let app: TestApp;
let s: Seed;
let nurse: Account;
let manager: Account;
let reception: Account;
let doctor: Account;

// Monday 1 June 2026, 10:00 in Paris (UTC+2): the day shift, and nobody covers the test's ward.
const NOW = new Date('2026-06-01T08:00:00Z');

const CHART = 'query($id: ID!) { patientChart(patientId: $id) { patientId } }';
const STATE = 'query($id: ID!) { emergencyAccessState(patientId: $id) { mayOpen activeUntil } }';
const OPEN = `mutation($i: OpenEmergencyAccessInput!) {
  openEmergencyAccess(input: $i) { id patientId patientName clinicianName reason openedAt expiresAt status active }
}`;
const REVIEW = `mutation($i: ReviewEmergencyAccessInput!) {
  reviewEmergencyAccess(input: $i) { id status reviewedByName reviewNote }
}`;
const REASON = 'Arrêt cardiaque dans le couloir, dossier nécessaire';

let bedSerial = 0;
/** A ward nobody covers, with one free bed. */
async function uncoveredBed(): Promise<{ bedId: string; wardId: string }> {
  const em = app.em();
  const ward = em.create(Ward, {
    name: `Cardiologie ${String(++bedSerial)}`,
    service: 'Cardiologie',
    floor: '3',
    sexPolicy: SexPolicy.MIXED,
  });
  const room = em.create(Room, { ward, number: '301', kind: RoomKind.MULTI });
  const bed = em.create(Bed, { room, ward, label: `301-${String(bedSerial)}` });
  await em.flush();
  return { bedId: bed.id, wardId: ward.id };
}

/** A new patient in a bed of a ward the nurse does not cover: the care scope keeps her out. */
async function inpatientOutsideHerWards(): Promise<string> {
  return (await inpatientInUncoveredWard()).patientId;
}

async function inpatientInUncoveredWard(): Promise<{ patientId: string; wardId: string }> {
  const patientId = (await s.patient()).id;
  const { bedId, wardId } = await uncoveredBed();
  await ok(
    app,
    'mutation($i: AdmitPatientInput!) { admitPatient(input: $i) { id } }',
    {
      i: {
        patientId,
        bedId,
        attendingUserId: doctor.user.id,
        reason: 'Douleur thoracique',
        source: 'EMERGENCY',
      },
    },
    reception.token,
  );
  return { patientId, wardId };
}

/** Whether the ward's bed board shows its occupant's clinical digest to the nurse (a list scope). */
async function boardShowsClinical(wardId: string, token: string): Promise<boolean | undefined> {
  const d = await ok<{ bedBoard: { beds: { occupant: { clinicalShown: boolean } | null }[] } }>(
    app,
    'query($w: ID!) { bedBoard(wardId: $w) { beds { occupant { clinicalShown } } } }',
    { w: wardId },
    token,
  );
  return d.bedBoard.beds[0]?.occupant?.clinicalShown;
}

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  nurse = await app.tokenFor(Role.NURSE);
  manager = await app.tokenFor(Role.MANAGER);
  reception = await app.tokenFor(Role.RECEPTIONIST);
  doctor = await app.tokenFor(Role.DOCTOR);
});
afterAll(async () => {
  await app.close();
});

describe('break-the-glass', () => {
  it('lets a nurse kept out open a chart with a reason until the grant expires, audited', async () => {
    const { patientId, wardId } = await inpatientInUncoveredWard();
    expect(await boardShowsClinical(wardId, nurse.token)).toBe(false);
    const refused = await app.gql(CHART, { id: patientId }, { token: nurse.token });
    expect(refused.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const before = await ok<{ emergencyAccessState: unknown }>(
      app,
      STATE,
      { id: patientId },
      nurse.token,
    );
    expect(before.emergencyAccessState).toEqual({ mayOpen: true, activeUntil: null });

    const opened = await ok<{ openEmergencyAccess: Record<string, unknown> }>(
      app,
      OPEN,
      { i: { patientId, reason: `  ${REASON}  ` } },
      nurse.token,
    );
    const until = new Date(NOW.getTime() + app.config.emergencyAccessMinutes * 60_000);
    expect(opened.openEmergencyAccess).toMatchObject({
      patientId,
      reason: REASON,
      openedAt: NOW.toISOString(),
      expiresAt: until.toISOString(),
      status: 'PENDING',
      active: true,
    });
    const id = opened.openEmergencyAccess.id as string;

    const audit = await app.em().findOneOrFail(AuditEvent, { action: 'openEmergencyAccess' });
    expect(audit).toMatchObject({
      actorId: nurse.user.id,
      patientId,
      targetType: 'EmergencyAccess',
      targetId: id,
      outcome: 'SUCCESS',
    });
    expect(audit.details).toMatchObject({ reason: REASON, expiresAt: until.toISOString() });
    const told = await app.em().find(Notification, {
      user: manager.user.id,
      kind: NotificationKind.EMERGENCY_ACCESS_OPENED,
    });
    expect(told.map((n) => n.params)).toEqual([
      expect.objectContaining({ accessId: id, expiresAt: until.toISOString() }),
    ]);

    expect((await app.gql(CHART, { id: patientId }, { token: nurse.token })).errors).toEqual([]);
    // List scopes honour the grant too.
    expect(await boardShowsClinical(wardId, nurse.token)).toBe(true);
    const during = await ok<{ emergencyAccessState: unknown }>(
      app,
      STATE,
      { id: patientId },
      nurse.token,
    );
    expect(during.emergencyAccessState).toEqual({
      mayOpen: false,
      activeUntil: until.toISOString(),
    });
    // Her reads under the grant are audited like any staff read.
    expect(
      await app
        .em()
        .count(AuditEvent, { patientId, action: 'readClinicalData', actorId: nurse.user.id }),
    ).toBeGreaterThan(0);

    // One minute before the end she still reads; at the end she is out again.
    app.clock.set(new Date(until.getTime() - 60_000));
    try {
      const late = (await app.login(nurse.email, nurse.password)).accessToken;
      expect((await app.gql(CHART, { id: patientId }, { token: late })).errors).toEqual([]);
      app.clock.set(until);
      const after = (await app.login(nurse.email, nurse.password)).accessToken;
      const expired = await app.gql(CHART, { id: patientId }, { token: after });
      expect(expired.errors[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await boardShowsClinical(wardId, after)).toBe(false);
      const state = await ok<{ emergencyAccessState: unknown }>(
        app,
        STATE,
        { id: patientId },
        after,
      );
      expect(state.emergencyAccessState).toEqual({ mayOpen: true, activeUntil: null });
    } finally {
      app.clock.set(NOW);
    }
  });

  it('refuses a missing or short reason, a role without charts, an unknown patient, one already in care', async () => {
    const patientId = await inpatientOutsideHerWards();
    const short = await app.gql(
      OPEN,
      { i: { patientId, reason: 'urgence' } },
      { token: nurse.token },
    );
    expect(short.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const blank = await app.gql(OPEN, { i: { patientId, reason: '   ' } }, { token: nurse.token });
    expect(blank.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const cashier = await app.tokenFor(Role.CASHIER);
    const byCashier = await app.gql(
      OPEN,
      { i: { patientId, reason: REASON } },
      { token: cashier.token },
    );
    expect(byCashier.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const byDoctor = await app.gql(
      OPEN,
      { i: { patientId, reason: REASON } },
      { token: doctor.token },
    );
    expect(byDoctor.errors[0]?.extensions?.code).toBe('FORBIDDEN');

    const unknown = await app.gql(
      OPEN,
      { i: { patientId: crypto.randomUUID(), reason: REASON } },
      { token: nurse.token },
    );
    expect(unknown.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknownState = await app.gql(STATE, { id: crypto.randomUUID() }, { token: nurse.token });
    expect(unknownState.errors[0]?.extensions?.code).toBe('NOT_FOUND');

    // An outpatient is readable by every nurse: nothing to break.
    const outpatient = (await s.patient()).id;
    const inCare = await app.gql(
      OPEN,
      { i: { patientId: outpatient, reason: REASON } },
      { token: nurse.token },
    );
    expect(inCare.errors[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_HAS_ACCESS',
    });
    expect(
      (await ok<{ emergencyAccessState: unknown }>(app, STATE, { id: outpatient }, nurse.token))
        .emergencyAccessState,
    ).toEqual({ mayOpen: false, activeUntil: null });

    // A running grant is access already: a second one is refused the same way.
    await ok(app, OPEN, { i: { patientId, reason: REASON } }, nurse.token);
    const again = await app.gql(OPEN, { i: { patientId, reason: REASON } }, { token: nurse.token });
    expect(again.errors[0]?.extensions?.reason).toBe('ALREADY_HAS_ACCESS');
    expect(await app.em().count(EmergencyAccess, { patient: patientId })).toBe(1);
  });

  it('lets managers list and review an emergency access once, concurrent reviews included', async () => {
    const patientId = await inpatientOutsideHerWards();
    const other = await app.tokenFor(Role.NURSE);
    const opened = await ok<{ openEmergencyAccess: { id: string } }>(
      app,
      OPEN,
      { i: { patientId, reason: REASON } },
      other.token,
    );
    const id = opened.openEmergencyAccess.id;
    const list = await ok<{
      emergencyAccesses: { totalCount: number; nodes: Record<string, unknown>[] };
    }>(
      app,
      `{ emergencyAccesses(status: PENDING, first: 50) { totalCount
          nodes { id patientName clinicianName clinicianRole reason openedAt expiresAt status } } }`,
      {},
      manager.token,
    );
    const row = list.emergencyAccesses.nodes.find((n) => n.id === id);
    expect(row).toMatchObject({ reason: REASON, status: 'PENDING', clinicianRole: 'NURSE' });
    const patient = await app.em().findOneOrFail(Patient, patientId);
    expect(row?.patientName).toBe(patient.displayName);

    const flagWithoutNote = await app.gql(
      REVIEW,
      { i: { id, decision: 'FLAGGED' } },
      { token: manager.token },
    );
    expect(flagWithoutNote.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const second = await app.tokenFor(Role.MANAGER);
    const answers = await allAtOnce(app, 'emergency_access', 2, () =>
      app.gql(
        REVIEW,
        { i: { id, decision: 'ACKNOWLEDGED', note: 'Vérifié' } },
        { token: manager.token },
      ),
    );
    const codes = answers.map((a) => a.errors[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const later = await app.gql(
      REVIEW,
      { i: { id, decision: 'FLAGGED', note: 'Autre avis' } },
      { token: second.token },
    );
    expect(later.errors[0]?.extensions?.code).toBe('CONFLICT');
    const stored = await app.em().findOneOrFail(EmergencyAccess, id);
    expect(stored).toMatchObject({
      status: EmergencyAccessStatus.ACKNOWLEDGED,
      reviewedById: manager.user.id,
      reviewNote: 'Vérifié',
    });
    expect(
      await app.em().count(AuditEvent, {
        action: 'reviewEmergencyAccess',
        outcome: AuditOutcome.SUCCESS,
        targetId: id,
        patientId,
      }),
    ).toBe(1);

    const unknown = await app.gql(
      REVIEW,
      { i: { id: crypto.randomUUID(), decision: 'ACKNOWLEDGED' } },
      { token: manager.token },
    );
    expect(unknown.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
