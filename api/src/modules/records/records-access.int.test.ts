import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent } from '../audit/index.js';
import { Notification, NotificationKind } from '../notifications/index.js';
import { createPatientRecord, Patient, Sex } from '../patients/index.js';
import { Attachment } from './attachments/attachment.entity.js';
import { attachmentPath } from './attachments/attachments.service.js';

let app: TestApp;
type Tok = Awaited<ReturnType<TestApp['tokenFor']>>;
let doctor: Tok;
let nurse: Tok;
let labTech: Tok;
let receptionist: Tok;

beforeAll(async () => {
  app = await startTestApp();
  doctor = await app.tokenFor(Role.DOCTOR);
  nurse = await app.tokenFor(Role.NURSE);
  labTech = await app.tokenFor(Role.LAB_TECHNICIAN);
  receptionist = await app.tokenFor(Role.RECEPTIONIST);
});
afterAll(async () => {
  await app.close();
});

async function newPatient() {
  const em = app.em();
  const p = await createPatientRecord(em, {
    familyName: `Martin${randomUUID().slice(0, 6)}`,
    givenNames: 'Paul',
    birthDate: '1960-01-15',
    sex: Sex.MALE,
  });
  await em.flush();
  return p.id;
}

/** A patient with their own signed-in account. */
async function patientWithAccount() {
  const u = await app.seedUser(Role.PATIENT);
  const login = await app.login(u.email, u.password);
  return { patientId: u.patientId ?? '', token: login.accessToken };
}

async function ok<T>(query: string, vars: Record<string, unknown>, token: string): Promise<T> {
  const r = await app.gql<T>(query, vars, { token });
  expect(r.errors, JSON.stringify(r.errors)).toEqual([]);
  return r.data as T;
}

const ORDER = `mutation($i: OrderLabTestsInput!) { orderLabTests(input: $i) { id status testCode } }`;
const ENTER = `mutation($i: EnterLabResultInput!) { enterLabResult(input: $i) { id flag critical validatedAt referenceHigh } }`;
const VALIDATE = `mutation($i: ValidateLabResultInput!) { validateLabResult(input: $i) { id validatedAt } }`;
const RESULTS = `query($p: ID!) { labResults(patientId: $p) { totalCount nodes { id flag } } }`;

describe('lab', () => {
  it('flags a critical result, notifies the ordering doctor urgently, and hides it from the patient until validated', async () => {
    const { patientId, token: patientToken } = await patientWithAccount();
    const ordered = await ok<{ orderLabTests: { id: string; status: string }[] }>(
      ORDER,
      { i: { patientId, testCodes: ['K', 'NA'], priority: 'URGENT' } },
      doctor.token,
    );
    expect(ordered.orderLabTests.map((o) => o.status)).toEqual(['ORDERED', 'ORDERED']);
    const potassium = ordered.orderLabTests[0]?.id;
    const worklist = await ok<{ labOrders: { nodes: { id: string; patient: { id: string } }[] } }>(
      `{ labOrders(filter: { statuses: [ORDERED] }, first: 50) { nodes { id patient { id mrn } } } }`,
      {},
      labTech.token,
    );
    expect(worklist.labOrders.nodes.map((n) => n.id)).toContain(potassium);

    const entered = await ok<{ enterLabResult: { id: string; flag: string; critical: boolean } }>(
      ENTER,
      { i: { orderId: potassium, valueNumeric: 6.9 } },
      labTech.token,
    );
    expect(entered.enterLabResult).toMatchObject({ flag: 'CRITICAL_HIGH', critical: true });
    const [note] = await app
      .em()
      .find(
        Notification,
        { user: doctor.user.id, kind: NotificationKind.LAB_RESULT_CRITICAL },
        { orderBy: { createdAt: 'desc' }, limit: 1 },
      );
    const patient = await app.em().findOneOrFail(Patient, patientId);
    expect(note).toMatchObject({ urgent: true, link: `/patients/${patientId}/labs` });
    expect(note?.params).toEqual({
      patientId,
      patientName: patient.displayName,
      testNameFr: 'Potassium',
      testNameEn: 'Potassium',
      valueNumeric: 6.9,
      valueText: null,
      unit: 'mmol/L',
      flag: 'CRITICAL_HIGH',
      corrected: false,
    });

    const hidden = await ok<{ labResults: { totalCount: number } }>(
      RESULTS,
      { p: patientId },
      patientToken,
    );
    expect(hidden.labResults.totalCount).toBe(0);
    const doctorSees = await ok<{ labResults: { totalCount: number } }>(
      RESULTS,
      { p: patientId },
      doctor.token,
    );
    expect(doctorSees.labResults.totalCount).toBe(1);

    await ok(VALIDATE, { i: { id: entered.enterLabResult.id } }, labTech.token);
    const shown = await ok<{ labResults: { nodes: { flag: string }[] } }>(
      RESULTS,
      { p: patientId },
      patientToken,
    );
    expect(shown.labResults.nodes).toEqual([expect.objectContaining({ flag: 'CRITICAL_HIGH' })]);
  });

  it('flags low and high from the range of the patient’s sex, and replaces a result only with a reason', async () => {
    const patientId = await newPatient();
    const [hb] = (
      await ok<{ orderLabTests: { id: string }[] }>(
        ORDER,
        { i: { patientId, testCodes: ['HB'] } },
        doctor.token,
      )
    ).orderLabTests;
    const first = await ok<{ enterLabResult: { id: string; flag: string } }>(
      ENTER,
      { i: { orderId: hb?.id, valueNumeric: 12.5 } },
      labTech.token,
    );
    expect(first.enterLabResult.flag).toBe('LOW');
    const again = await app.gql(
      ENTER,
      { i: { orderId: hb?.id, valueNumeric: 14 } },
      { token: labTech.token },
    );
    expect(again.errors[0]?.extensions?.fields).toHaveProperty('correctionReason');
    const fixed = await ok<{ enterLabResult: { flag: string } }>(
      ENTER,
      { i: { orderId: hb?.id, valueNumeric: 14, correctionReason: 'Erreur de saisie' } },
      labTech.token,
    );
    expect(fixed.enterLabResult.flag).toBe('NORMAL');
    const timeline = await ok<{
      patientTimeline: {
        nodes: { kind: string; enteredInError: boolean; labResult: { flag: string } }[];
      };
    }>(
      `query($p: ID!) { patientTimeline(patientId: $p, kinds: [LAB_RESULT]) { nodes { kind enteredInError labResult { flag } } } }`,
      { p: patientId },
      doctor.token,
    );
    expect(
      timeline.patientTimeline.nodes.map((n) => [n.labResult.flag, n.enteredInError]).sort(),
    ).toEqual([
      ['LOW', true],
      ['NORMAL', false],
    ]);
  });
});

describe('entered in error', () => {
  it('keeps the corrected entry in history, flagged, beside its replacement', async () => {
    const patientId = await newPatient();
    const first = await ok<{ recordVitals: { id: string } }>(
      `mutation($i: RecordVitalsInput!) { recordVitals(input: $i) { id } }`,
      { i: { id: randomUUID(), patientId, temperatureC: 36.8, heartRate: 180 } },
      nurse.token,
    );
    const fixed = await ok<{ recordVitals: { id: string; replacesId: string } }>(
      `mutation($i: RecordVitalsInput!) { recordVitals(input: $i) { id replacesId } }`,
      {
        i: {
          id: randomUUID(),
          patientId,
          temperatureC: 36.8,
          heartRate: 80,
          corrects: { id: first.recordVitals.id, reason: 'Faute de frappe: 80' },
        },
      },
      nurse.token,
    );
    expect(fixed.recordVitals.replacesId).toBe(first.recordVitals.id);
    const t = await ok<{
      patientTimeline: {
        totalCount: number;
        nodes: {
          id: string;
          enteredInError: boolean;
          vitals: { enteredInErrorReason: string | null; replacedById: string | null };
        }[];
      };
    }>(
      `query($p: ID!) { patientTimeline(patientId: $p) { totalCount nodes { id enteredInError vitals { enteredInErrorReason replacedById } } } }`,
      { p: patientId },
      doctor.token,
    );
    expect(t.patientTimeline.totalCount).toBe(2);
    const old = t.patientTimeline.nodes.find((n) => n.id === first.recordVitals.id);
    expect(old).toMatchObject({
      enteredInError: true,
      vitals: { enteredInErrorReason: 'Faute de frappe: 80', replacedById: fixed.recordVitals.id },
    });
    const note = await ok<{ addCareNote: { id: string } }>(
      `mutation($i: AddCareNoteInput!) { addCareNote(input: $i) { id } }`,
      { i: { id: randomUUID(), patientId, category: 'OBSERVATION', text: 'Patient calme' } },
      nurse.token,
    );
    const marked = await ok<{
      markEnteredInError: { enteredInError: boolean; careNote: { text: string } };
    }>(
      `mutation($i: MarkEnteredInErrorInput!) { markEnteredInError(input: $i) { enteredInError careNote { text } } }`,
      { i: { kind: 'CARE_NOTE', id: note.addCareNote.id, reason: 'Mauvais patient' } },
      nurse.token,
    );
    expect(marked.markEnteredInError).toEqual({
      enteredInError: true,
      careNote: { text: 'Patient calme' },
    });
  });
});

describe('read audit', () => {
  it('writes one audit event per patient per request, however many parts are read', async () => {
    const a = await newPatient();
    const b = await newPatient();
    const before = await app
      .em()
      .count(AuditEvent, { action: 'readClinicalData', patientId: { $in: [a, b] } });
    await ok(
      `query($a: ID!, $b: ID!) {
        c: patientChart(patientId: $a) { activePrescriptions { id } latestVitals { id } recentLabResults { id } }
        t: patientTimeline(patientId: $a) { totalCount }
        v: vitals(patientId: $a) { totalCount }
        w: vitals(patientId: $b) { totalCount }
      }`,
      { a, b },
      doctor.token,
    );
    const rows = await app
      .em()
      .find(AuditEvent, { action: 'readClinicalData', patientId: { $in: [a, b] } });
    expect(rows.length - before).toBe(2);
    expect(rows.filter((r) => r.patientId === a)).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: doctor.user.id, outcome: 'SUCCESS' });
  });
});

describe('who sees what', () => {
  it('shows a patient their visits and vitals but not the clinician’s note, and nobody else’s record', async () => {
    const me = await patientWithAccount();
    const other = await newPatient();
    await ok(
      `mutation($i: CreateEncounterInput!) { createEncounter(input: $i) { id } }`,
      {
        i: {
          patientId: me.patientId,
          kind: 'CONSULTATION',
          reason: 'Contrôle tension',
          assessment: 'HTA mal contrôlée',
        },
      },
      doctor.token,
    );
    const visits = await ok<{
      encounters: { nodes: { reason: string; practitionerName: string }[] };
    }>(
      `query($p: ID!) { encounters(patientId: $p) { nodes { reason practitionerName startedAt } } }`,
      { p: me.patientId },
      me.token,
    );
    expect(visits.encounters.nodes[0]?.reason).toBe('Contrôle tension');
    const note = await app.gql(
      `query($p: ID!) { encounters(patientId: $p) { nodes { assessment } } }`,
      { p: me.patientId },
      { token: me.token },
    );
    expect(note.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const notMine = await app.gql(
      `query($p: ID!) { vitals(patientId: $p) { totalCount } }`,
      { p: other },
      { token: me.token },
    );
    expect(notMine.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const problems = await app.gql(
      `query($p: ID!) { patientChart(patientId: $p) { activeProblems { id } } }`,
      { p: me.patientId },
      { token: me.token },
    );
    expect(problems.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives reception no clinical data and the lab no vitals', async () => {
    const p = await newPatient();
    const r = await app.gql(
      `query($p: ID!) { patientChart(patientId: $p) { patientId } }`,
      { p },
      { token: receptionist.token },
    );
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const l = await app.gql(
      `query($p: ID!) { vitals(patientId: $p) { totalCount } }`,
      { p },
      { token: labTech.token },
    );
    expect(l.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('attachments', () => {
  const pdf = Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    Buffer.alloc(2048, 0x20),
    Buffer.from('%%EOF'),
  ]);

  function upload(token: string, patientId: string, body: Buffer, fileName = 'cr.pdf') {
    return fetch(
      `${app.url}/files?patientId=${patientId}&fileName=${fileName}&title=Compte-rendu`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
        body,
      },
    );
  }

  it('stores a PDF by its SHA-256 and serves it back only to clinicians', async () => {
    const patientId = await newPatient();
    const res = await upload(nurse.token, patientId, pdf);
    expect(res.status).toBe(201);
    const meta = (await res.json()) as { id: string; sha256: string; contentType: string };
    expect(meta.contentType).toBe('application/pdf');
    const get = (token: string) =>
      fetch(`${app.url}/files/${meta.id}`, { headers: { authorization: `Bearer ${token}` } });
    const byDoctor = await get(doctor.token);
    expect(byDoctor.status).toBe(200);
    expect(Buffer.from(await byDoctor.arrayBuffer()).equals(pdf)).toBe(true);
    const patient = await patientWithAccount();
    expect((await get(receptionist.token)).status).toBe(404);
    expect((await get(patient.token)).status).toBe(404);
    expect((await fetch(`${app.url}/files/${meta.id}`)).status).toBe(401);
    const list = await ok<{ attachments: { nodes: { sha256: string; url: string }[] } }>(
      `query($p: ID!) { attachments(patientId: $p) { nodes { sha256 url } } }`,
      { p: patientId },
      doctor.token,
    );
    expect(list.attachments.nodes).toEqual([{ sha256: meta.sha256, url: `/files/${meta.id}` }]);
  });

  it('refuses content that is not PDF or an image whatever its name, and uploads by other roles', async () => {
    const patientId = await newPatient();
    const html = await upload(
      doctor.token,
      patientId,
      Buffer.from('<html><script>alert(1)</script>'),
      'fake.pdf',
    );
    expect(html.status).toBe(415);
    const byReception = await upload(receptionist.token, patientId, pdf);
    expect(byReception.status).toBe(403);
  });

  it('answers a file name holding NUL or control characters as bad input, storing nothing', async () => {
    const patientId = await newPatient();
    const unique = Buffer.concat([pdf, Buffer.from(randomUUID())]);
    for (const name of ['cr%00.pdf', 'cr%07.pdf', 'rapport%E2%80%AEfdp.exe']) {
      const res = await upload(doctor.token, patientId, unique, name);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({
        error: { code: 'BAD_USER_INPUT' },
      });
    }
    expect(await app.em().count(Attachment, { patient: patientId })).toBe(0);
    const sha256 = createHash('sha256').update(unique).digest('hex');
    expect(existsSync(attachmentPath(app.config.dataDir, sha256))).toBe(false);
  });

  it('refuses files over 20 MB', async () => {
    const patientId = await newPatient();
    const big = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024)]);
    const res = await upload(doctor.token, patientId, big);
    expect(res.status).toBe(413);
  });
});
