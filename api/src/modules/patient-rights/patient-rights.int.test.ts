import type { Bundle, Resource } from '@medplum/fhirtypes';
import { getDocumentProxy, extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ok,
  seed,
  type Account,
  type PatientAccount,
  type Seed,
} from '../../app/testing/fixtures.js';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent, AuditOutcome } from '../audit/index.js';
import { User } from '../auth/index.js';
import { Invoice, InvoiceKind, InvoiceStatus } from '../billing/index.js';
import { Patient } from '../patients/index.js';

let app: TestApp;
let s: Seed;
let doctor: Account;
let me: PatientAccount;
let other: PatientAccount;

const NOW = new Date('2026-06-01T08:00:00Z');
const EXPORT = '{ myRecordExport }';

/** An issued invoice of the patient, as billing stores one (the billing flow is its own test). */
async function issuedInvoice(patientId: string, number: string) {
  const em = app.em();
  const patient = await em.findOneOrFail(Patient, patientId);
  em.create(Invoice, {
    kind: InvoiceKind.INVOICE,
    status: InvoiceStatus.ISSUED,
    patient,
    number,
    year: 2026,
    seq: Number(number.slice(-6)),
    currency: 'EUR',
    totalMinor: 2500,
    insurerMinor: 1750,
    patientMinor: 750,
    patientName: patient.displayName,
    createdAt: NOW,
    createdById: doctor.user.id,
    issuedAt: NOW,
  });
  await em.flush();
}

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  s = seed(app);
  doctor = await app.tokenFor(Role.DOCTOR);
  me = await s.patientAccount();
  other = await s.patientAccount();
  for (const p of [me, other]) {
    const e = await s.encounter(p.patientId);
    await s.diagnosis(p.patientId, { encounterId: e.id });
    await s.prescription(p.patientId);
    await s.vitals(p.patientId);
    await s.labResult(p.patientId);
    await s.allergy(p.patientId, 'Pénicilline');
  }
  await issuedInvoice(me.patientId, '2026-900001');
  await issuedInvoice(other.patientId, '2026-900002');
});
afterAll(async () => {
  await app.close();
});

describe('a patient’s rights over their record', () => {
  it('exports the record as a FHIR R4 collection bundle, with nothing of another patient', async () => {
    const d = await ok<{ myRecordExport: Bundle }>(app, EXPORT, {}, me.token);
    const bundle = d.myRecordExport;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
    const types = new Set(resources.map((r) => r.resourceType));
    for (const t of [
      'Patient',
      'Encounter',
      'Condition',
      'MedicationRequest',
      'Observation',
      'AllergyIntolerance',
      'Invoice',
    ]) {
      expect(types, t).toContain(t);
    }
    expect(resources[0]).toMatchObject({ resourceType: 'Patient', id: me.patientId });
    // Every reference points inside the bundle; every subject is this patient.
    const ids = new Set(resources.map((r) => `${r.resourceType}/${r.id ?? ''}`));
    const text = JSON.stringify(resources);
    for (const m of text.matchAll(/"reference":"([^"]+)"/g)) expect(ids).toContain(m[1]);
    expect(text).toContain(`Patient/${me.patientId}`);
    expect(text).not.toContain(other.patientId);
    expect(text).not.toContain('2026-900002');
    const vitals = resources.filter(
      (r) => r.resourceType === 'Observation' && JSON.stringify(r).includes('vital-signs'),
    );
    expect(vitals.length).toBeGreaterThan(0);
    expect(JSON.stringify(vitals)).toContain('http://loinc.org');
  });

  it('gives the same record as a readable PDF', async () => {
    const d = await ok<{ myRecordPdf: { fileName: string; contentType: string; base64: string } }>(
      app,
      '{ myRecordPdf(language: fr) { fileName contentType base64 } }',
      {},
      me.token,
    );
    expect(d.myRecordPdf.contentType).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(d.myRecordPdf.base64, 'base64')));
    const { text } = await extractText(pdf, { mergePages: true });
    const patient = await app.em().findOneOrFail(Patient, me.patientId);
    expect(text).toContain('Mon dossier médical');
    expect(text).toContain(patient.mrn);
    expect(text).toContain('Pénicilline');
    expect(text).toContain('2026-900001');
    expect(text).not.toContain('2026-900002');
  });

  it('closes the account: sign-in refused after, sessions ended, the record still read by staff', async () => {
    const leaving = await s.patientAccount();
    await s.allergy(leaving.patientId, 'Arachide');
    const CLOSE = 'mutation($i: CloseMyAccountInput!) { closeMyAccount(input: $i) }';
    const unconfirmed = await app.gql(
      CLOSE,
      { i: { password: leaving.password, confirm: false } },
      { token: leaving.token },
    );
    expect(unconfirmed.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrong = await app.gql(
      CLOSE,
      { i: { password: 'not the password', confirm: true } },
      { token: leaving.token },
    );
    expect(wrong.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    await ok(app, CLOSE, { i: { password: leaving.password, confirm: true } }, leaving.token);
    expect((await app.em().findOneOrFail(User, leaving.user.id)).active).toBe(false);
    const login = await app.gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email: leaving.email, password: leaving.password },
    });
    expect(login.errors.length).toBeGreaterThan(0);
    const stale = await app.gql(EXPORT, {}, { token: leaving.token });
    expect(stale.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const audit = await app
      .em()
      .findOneOrFail(AuditEvent, { action: 'closeMyAccount', outcome: AuditOutcome.SUCCESS });
    expect(audit).toMatchObject({ actorId: leaving.user.id, patientId: leaving.patientId });
    // The record stays: staff read it as before.
    const chart = await ok<{ patient: { allergies: { substance: string }[] } }>(
      app,
      'query($id: ID!) { patient(id: $id) { allergies { substance } } }',
      { id: leaving.patientId },
      doctor.token,
    );
    expect(chart.patient.allergies.map((a) => a.substance)).toContain('Arachide');
  });

  it('is for patients only', async () => {
    const r = await app.gql(EXPORT, {}, { token: doctor.token });
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
