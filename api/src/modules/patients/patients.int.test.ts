import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../app/testing/test-app.js';
import { Role } from '../../kernel/auth/roles.js';
import { AuditEvent } from '../audit/index.js';
import { BloodGroup } from './patient-enums.js';
import { Patient } from './patient.entity.js';

let app: TestApp;
let reception: string;
let admin: string;
let doctor: string;
let cashier: string;

beforeAll(async () => {
  app = await startTestApp();
  reception = (await app.tokenFor(Role.RECEPTIONIST)).token;
  admin = (await app.tokenFor(Role.ADMIN)).token;
  doctor = (await app.tokenFor(Role.DOCTOR)).token;
  cashier = (await app.tokenFor(Role.CASHIER)).token;
});
afterAll(async () => {
  await app.close();
});

interface Node {
  id: string;
  mrn: string;
  displayName: string;
  version: number;
}

const CREATE = `mutation($i: CreatePatientInput!) {
  createPatient(input: $i) {
    patient { id mrn displayName familyName version }
    duplicates { reasons patient { id displayName } }
  }
}`;
const SEARCH = `query($s: String, $first: Int, $after: String) {
  patients(search: $s, first: $first, after: $after) {
    totalCount
    nodes { id mrn displayName }
    pageInfo { hasNextPage endCursor }
  }
}`;

let seq = 0;
/** Registers a patient as reception, confirming past any duplicate (test data only). */
async function register(over: Record<string, unknown> = {}): Promise<Node> {
  seq++;
  const r = await app.gql<{ createPatient: { patient: Node | null } }>(
    CREATE,
    {
      i: {
        familyName: `Zz${String(seq)}x`,
        givenNames: 'Test',
        birthDate: '1990-01-01',
        sex: 'FEMALE',
        confirmDuplicate: true,
        duplicateReason: 'test data, distinct people',
        ...over,
      },
    },
    { token: reception },
  );
  expect(r.errors).toEqual([]);
  const p = r.data?.createPatient.patient;
  if (!p) throw new Error('not created');
  return p;
}

async function search(s: string, first = 10, token = doctor) {
  return app.gql<{
    patients: {
      totalCount: number;
      nodes: Node[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }>(SEARCH, { s, first }, { token });
}

describe('search (R6)', () => {
  let dupont: Node;
  let lefevre: Node;
  beforeAll(async () => {
    dupont = await register({ familyName: 'Dupont', givenNames: 'Jean', birthDate: '1961-03-02' });
    await register({ familyName: 'Dupontel', givenNames: 'Albert', birthDate: '1964-01-11' });
    await register({ familyName: 'Dupond', givenNames: 'Marie', birthDate: '1972-05-05' });
    lefevre = await register({
      familyName: 'Lefèvre',
      givenNames: 'Hélène',
      birthDate: '1955-07-14',
      phone: '+33 6 11 22 33 44',
    });
    await register({ familyName: 'Nguyễn', givenNames: 'Thị Lan', birthDate: '1988-02-02' });
  });

  it('finds a misspelt name: "dupond" and "Dupont" both find DUPONT', async () => {
    const r = await search('dupond jean');
    expect(r.errors).toEqual([]);
    expect(r.data?.patients.nodes.map((n) => n.id)).toContain(dupont.id);
    const typo = await search('Duppont');
    expect(typo.data?.patients.nodes.map((n) => n.id)).toContain(dupont.id);
  });

  it('ranks the exact family name first, then prefixes, then fuzzy matches', async () => {
    const r = await search('dupont');
    const names = r.data?.patients.nodes.map((n) => n.displayName) ?? [];
    expect(names[0]).toBe('DUPONT Jean');
    expect(names.indexOf('DUPONTEL Albert')).toBeLessThan(names.indexOf('DUPOND Marie'));
    expect(names).toContain('DUPOND Marie');
    const other = await search('dupond');
    expect(other.data?.patients.nodes[0]?.displayName).toBe('DUPOND Marie');
    expect(other.data?.patients.nodes.map((n) => n.id)).toContain(dupont.id);
  });

  it('ignores accents and case both ways', async () => {
    const plain = await search('LEFEVRE helene');
    expect(plain.data?.patients.nodes[0]?.id).toBe(lefevre.id);
    const accented = await search('nguyen thi');
    expect(accented.data?.patients.nodes[0]?.displayName).toBe('NGUYỄN Thị Lan');
  });

  it('finds partial names, including the start of a given name', async () => {
    const r = await search('lef');
    expect(r.data?.patients.nodes.map((n) => n.id)).toContain(lefevre.id);
    const given = await search('hél lef');
    expect(given.data?.patients.nodes[0]?.id).toBe(lefevre.id);
    const short = await search('du');
    expect(short.data?.patients.totalCount).toBeGreaterThanOrEqual(3);
  });

  it('finds a patient by MRN, typed loosely, and by id', async () => {
    const loose = `${dupont.mrn.slice(0, 2).toLowerCase()} ${dupont.mrn.slice(2)}`;
    const r = await search(loose);
    expect(r.data?.patients.nodes.map((n) => n.id)).toEqual([dupont.id]);
    const byId = await search(dupont.id);
    expect(byId.data?.patients.nodes.map((n) => n.id)).toEqual([dupont.id]);
  });

  it('rejects an MRN with a typo as BAD_USER_INPUT on the search field', async () => {
    const d = dupont.mrn;
    const typo = `${d.slice(0, 8)}${d[9] ?? ''}${d[8] ?? ''}`;
    const r = await search(
      typo === d ? `${d.slice(0, 9)}${String((Number(d[9]) + 1) % 10)}` : typo,
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors[0]?.extensions?.fields).toHaveProperty('search');
  });

  it('finds a phone number written in national form or in part', async () => {
    const r = await search('06 11 22 33 44');
    expect(r.data?.patients.nodes.map((n) => n.id)).toEqual([lefevre.id]);
    const part = await search('0611 22');
    expect(part.data?.patients.nodes.map((n) => n.id)).toContain(lefevre.id);
  });

  it('pages through results with a cursor and a total count', async () => {
    const first = await search('du', 2);
    const page = first.data!.patients;
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await app.gql<{ patients: { nodes: Node[]; totalCount: number } }>(
      SEARCH,
      { s: 'du', first: 2, after: page.pageInfo.endCursor },
      { token: doctor },
    );
    expect(next.errors).toEqual([]);
    const seen = new Set([...page.nodes, ...next.data!.patients.nodes].map((n) => n.id));
    expect(seen.size).toBe(page.nodes.length + next.data!.patients.nodes.length);
    expect(next.data?.patients.totalCount).toBe(page.totalCount);
  });

  it('is refused to managers and patients', async () => {
    const manager = (await app.tokenFor(Role.MANAGER)).token;
    expect((await search('dupont', 5, manager)).errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const patient = (await app.tokenFor(Role.PATIENT)).token;
    expect((await search('dupont', 5, patient)).errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('registration and duplicates', () => {
  it('displays the family name in capitals without altering what was typed (R7)', async () => {
    const p = await register({ familyName: 'de la Fontaine', givenNames: 'Éloïse' });
    expect(p.displayName).toBe('DE LA FONTAINE Éloïse');
    expect((p as Node & { familyName: string }).familyName).toBe('de la Fontaine');
  });

  it('warns of a similar name with the same birth date, and creates nothing', async () => {
    const existing = await register({
      familyName: 'Marchand',
      givenNames: 'Sylvie',
      birthDate: '1970-04-04',
    });
    const before = await app.em().count(Patient, {});
    const r = await app.gql<{
      createPatient: {
        patient: Node | null;
        duplicates: { reasons: string[]; patient: { id: string } }[];
      };
    }>(
      CREATE,
      {
        i: { familyName: 'Marchant', givenNames: 'Silvie', birthDate: '1970-04-04', sex: 'FEMALE' },
      },
      { token: reception },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.createPatient.patient).toBeNull();
    expect(r.data?.createPatient.duplicates).toEqual([
      {
        reasons: ['SIMILAR_NAME_SAME_BIRTH_DATE'],
        patient: expect.objectContaining({ id: existing.id }) as unknown,
      },
    ]);
    expect(await app.em().count(Patient, {})).toBe(before);
  });

  it('warns of the same phone number and of the same insurance number', async () => {
    const a = await register({ phone: '+33 7 98 76 54 32' });
    const b = await register({
      insurance: { payer: 'CPAM', memberNumber: '1 85 05 75 123 456 78' },
    });
    const r = await app.gql<{
      possiblePatientDuplicates: { reasons: string[]; patient: { id: string } }[];
    }>(
      `query($i: PatientDuplicatesInput!) { possiblePatientDuplicates(input: $i) { reasons patient { id } } }`,
      {
        i: {
          familyName: 'Autre',
          birthDate: '2001-01-01',
          phone: '07.98.76.54.32',
          insuranceMemberNumber: '185057512345678',
        },
      },
      { token: reception },
    );
    expect(r.errors).toEqual([]);
    const byId = new Map(r.data?.possiblePatientDuplicates.map((d) => [d.patient.id, d.reasons]));
    expect(byId.get(a.id)).toEqual(['SAME_PHONE']);
    expect(byId.get(b.id)).toEqual(['SAME_INSURANCE_NUMBER']);
  });

  it('requires a reason to create a possible duplicate, and audits the confirmation', async () => {
    const existing = await register({
      familyName: 'Girard',
      givenNames: 'Paul',
      birthDate: '1950-09-09',
    });
    const input = {
      familyName: 'Girard',
      givenNames: 'Paul',
      birthDate: '1950-09-09',
      sex: 'MALE',
    };
    const noReason = await app.gql(
      CREATE,
      { i: { ...input, confirmDuplicate: true } },
      { token: reception },
    );
    expect(noReason.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(noReason.errors[0]?.extensions?.fields).toHaveProperty('duplicateReason');
    const ok = await app.gql<{ createPatient: { patient: Node } }>(
      CREATE,
      {
        i: {
          ...input,
          confirmDuplicate: true,
          duplicateReason: 'Homonyme: père et fils, ID vérifiée',
        },
      },
      { token: reception },
    );
    expect(ok.errors).toEqual([]);
    const created = ok.data!.createPatient.patient;
    const audit = await app
      .em()
      .findOneOrFail(AuditEvent, { action: 'createPatient', targetId: created.id });
    expect(audit.patientId).toBe(created.id);
    expect(audit.details).toMatchObject({
      duplicateConfirmed: true,
      duplicateReason: 'Homonyme: père et fils, ID vérifiée',
      duplicateCandidates: [existing.id],
    });
  });

  it('gives field-level errors for bad input', async () => {
    const r = await app.gql(
      CREATE,
      {
        i: {
          familyName: ' ',
          givenNames: 'A',
          birthDate: '2999-01-01',
          sex: 'MALE',
          email: 'nope',
        },
      },
      { token: reception },
    );
    expect(r.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(r.errors[0]?.extensions?.fields as object).sort()).toEqual([
      'email',
      'familyName',
    ]);
  });
});

const UPDATE = `mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id version phone familyName } }`;

describe('editing', () => {
  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const p = await register({ phone: '+33 1 40 00 00 01' });
    const first = await app.gql<{ updatePatient: { version: number } }>(
      UPDATE,
      { i: { id: p.id, version: p.version, phone: '+33 1 40 00 00 02' } },
      { token: reception },
    );
    expect(first.errors).toEqual([]);
    expect(first.data?.updatePatient.version).toBe(p.version + 1);
    const stale = await app.gql(
      UPDATE,
      { i: { id: p.id, version: p.version, phone: '+33 1 40 00 00 03', familyName: 'Autre' } },
      { token: reception },
    );
    expect(stale.errors[0]?.extensions?.code).toBe('CONFLICT');
    const row = await app.em().findOneOrFail(Patient, p.id);
    expect(row.phone).toBe('+33 1 40 00 00 02');
    expect(row.familyName).toBe(
      p.displayName.split(' ')[0]?.replace(/X$/, 'x').replace(/^ZZ/, 'Zz'),
    );
    expect(row.version).toBe(p.version + 1);
  });

  it('records a death with its date', async () => {
    const p = await register();
    const r = await app.gql<{ updatePatient: { status: string } }>(
      `mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { status deceasedOn age } }`,
      { i: { id: p.id, version: p.version, status: 'DECEASED', deceasedOn: '2020-01-01' } },
      { token: admin },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.updatePatient).toEqual({
      status: 'DECEASED',
      deceasedOn: '2020-01-01',
      age: 30,
    });
  });

  it('lets a patient edit their contact details and language, and nothing else', async () => {
    const me = await app.tokenFor(Role.PATIENT);
    const own = await app.gql<{ me: { patient: { version: number } } }>(
      '{ me { patient { id version } } }',
      {},
      { token: me.token },
    );
    const r = await app.gql<{
      updateMyContactDetails: { phone: string; preferredLanguage: string };
    }>(
      `mutation($i: UpdateMyContactDetailsInput!) { updateMyContactDetails(input: $i) { phone preferredLanguage address { city } } }`,
      {
        i: {
          version: own.data!.me.patient.version,
          phone: '+44 20 7946 0000',
          preferredLanguage: 'EN',
          address: { city: 'Lyon' },
        },
      },
      { token: me.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.updateMyContactDetails).toEqual({
      phone: '+44 20 7946 0000',
      preferredLanguage: 'en',
      address: { city: 'Lyon' },
    });
    const rename = await app.gql(
      UPDATE,
      { i: { id: me.patientId!, version: 2, familyName: 'Hacker' } },
      { token: me.token },
    );
    expect(rename.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const ALLERGY = `mutation($i: RecordAllergyInput!) { recordAllergy(input: $i) { id version status severity recordedByName } }`;
const STATUS = `query($id: ID!) { patient(id: $id) { allergyStatus allergies { substance status } } }`;

describe('allergies', () => {
  it('tells "no known allergies" apart from "never asked", and follows the list', async () => {
    const p = await register();
    const status = async () =>
      (
        await app.gql<{ patient: { allergyStatus: string; allergies: { substance: string }[] } }>(
          STATUS,
          { id: p.id },
          { token: doctor },
        )
      ).data?.patient;
    expect((await status())?.allergyStatus).toBe('UNKNOWN');
    const nka = await app.gql(
      `mutation($i: RecordNoKnownAllergiesInput!) { recordNoKnownAllergies(input: $i) { allergyStatus } }`,
      { i: { patientId: p.id } },
      { token: doctor },
    );
    expect(nka.errors).toEqual([]);
    expect((await status())?.allergyStatus).toBe('NO_KNOWN_ALLERGIES');
    const a = await app.gql<{
      recordAllergy: { id: string; version: number; recordedByName: string };
    }>(
      ALLERGY,
      {
        i: { patientId: p.id, substance: 'Pénicilline', reaction: 'Urticaire', severity: 'SEVERE' },
      },
      { token: doctor },
    );
    expect(a.errors).toEqual([]);
    expect(a.data?.recordAllergy.recordedByName).toMatch(/^DOCTOR/);
    expect(await status()).toEqual({
      allergyStatus: 'HAS_ALLERGIES',
      allergies: [{ substance: 'Pénicilline', status: 'ACTIVE' }],
    });
    const refused = await app.gql(
      `mutation($i: RecordNoKnownAllergiesInput!) { recordNoKnownAllergies(input: $i) { id } }`,
      { i: { patientId: p.id } },
      { token: doctor },
    );
    expect(refused.errors[0]?.extensions?.code).toBe('CONFLICT');
    const err = await app.gql(
      `mutation($i: UpdateAllergyInput!) { updateAllergy(input: $i) { status version } }`,
      {
        i: {
          id: a.data!.recordAllergy.id,
          version: a.data!.recordAllergy.version,
          status: 'ENTERED_IN_ERROR',
        },
      },
      { token: doctor },
    );
    expect(err.errors).toEqual([]);
    expect(await status()).toEqual({ allergyStatus: 'UNKNOWN', allergies: [] });
  });

  it('hides allergies from the cashier, who still sees identity and insurance', async () => {
    const p = await register({ insurance: { payer: 'MGEN', memberNumber: 'M-1' } });
    const ok = await app.gql<{ patient: { mrn: string; insurance: { payer: string } } }>(
      `query($id: ID!) { patient(id: $id) { mrn insurance { payer } } }`,
      { id: p.id },
      { token: cashier },
    );
    expect(ok.errors).toEqual([]);
    expect(ok.data?.patient.insurance.payer).toBe('MGEN');
    for (const field of ['allergies { substance }', 'bloodGroup', 'phone', 'administrativeNotes']) {
      const r = await app.gql(
        `query($id: ID!) { patient(id: $id) { id ${field} } }`,
        { id: p.id },
        { token: cashier },
      );
      expect(r.errors[0]?.extensions?.code, field).toBe('FORBIDDEN');
    }
  });
});

describe('row scope', () => {
  it('a patient reads their own record, and any other record is NOT_FOUND', async () => {
    const me = await app.tokenFor(Role.PATIENT);
    const other = await register();
    const own = await app.gql<{ patient: { id: string } }>(
      `query($id: ID!) { patient(id: $id) { id mrn allergyStatus } }`,
      { id: me.patientId! },
      { token: me.token },
    );
    expect(own.errors).toEqual([]);
    const theirs = await app.gql(
      `query($id: ID!) { patient(id: $id) { id } }`,
      { id: other.id },
      { token: me.token },
    );
    expect(theirs.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(theirs.data).toBeNull();
    const allergy = await app.gql(
      ALLERGY,
      { i: { patientId: other.id, substance: 'X', severity: 'MILD' } },
      { token: me.token },
    );
    expect(allergy.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a patient reads their own blood group and weight, and only staff change them', async () => {
    const me = await app.tokenFor(Role.PATIENT);
    const em = app.em();
    const row = await em.findOneOrFail(Patient, me.patientId!);
    row.bloodGroup = BloodGroup.O_NEG;
    row.weightKg = 72.5;
    await em.flush();
    const own = await app.gql<{ me: { patient: { bloodGroup: string; weightKg: number } } }>(
      `{ me { patient { bloodGroup weightKg } } }`,
      {},
      { token: me.token },
    );
    expect(own.errors).toEqual([]);
    expect(own.data?.me.patient).toEqual({ bloodGroup: 'O_NEG', weightKg: 72.5 });
    const edit = await app.gql(
      UPDATE,
      { i: { id: me.patientId, version: row.version, bloodGroup: 'A_POS', weightKg: 60 } },
      { token: me.token },
    );
    expect(edit.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const own2 = await app.gql(
      `mutation { updateMyContactDetails(input: { version: 1, bloodGroup: A_POS }) { id } }`,
      {},
      { token: me.token },
    );
    expect(own2.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const after = await app.em().findOneOrFail(Patient, me.patientId!);
    expect([after.bloodGroup, after.weightKg]).toEqual([BloodGroup.O_NEG, 72.5]);
  });

  it('audits each read of a record by staff (R8)', async () => {
    const p = await register();
    await app.gql(`query($id: ID!) { patient(id: $id) { id } }`, { id: p.id }, { token: doctor });
    const rows = await app.em().find(AuditEvent, { action: 'readPatient', patientId: p.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.actorRole).toBe('DOCTOR');
  });
});

const MERGE = `mutation($i: MergePatientsInput!) {
  mergePatients(input: $i) { movedReferences survivor { id allergyStatus } duplicate { id status mergedInto { id } } }
}`;

describe('merge', () => {
  it('moves the account and allergies to the survivor, and marks the duplicate merged', async () => {
    const survivor = await register({ familyName: 'Renaud', givenNames: 'Luc' });
    const account = await app.tokenFor(Role.PATIENT);
    const duplicateId = account.patientId!;
    await app.gql(
      ALLERGY,
      { i: { patientId: duplicateId, substance: 'Arachide', severity: 'LIFE_THREATENING' } },
      { token: doctor },
    );
    const r = await app.gql<{ mergePatients: { movedReferences: number } }>(
      MERGE,
      {
        i: {
          survivorId: survivor.id,
          duplicateId,
          reason: 'Même personne, pièce d’identité vérifiée',
        },
      },
      { token: admin },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.mergePatients).toEqual({
      movedReferences: 2,
      survivor: { id: survivor.id, allergyStatus: 'HAS_ALLERGIES' },
      duplicate: { id: duplicateId, status: 'MERGED', mergedInto: { id: survivor.id } },
    });
    const linked = await app.em().findOneOrFail(Patient, { account: account.user.id });
    expect(linked.id).toBe(survivor.id);
    const hits = await search('renaud luc');
    expect(hits.data?.patients.nodes.map((n) => n.id)).toEqual([survivor.id]);
    const audit = await app
      .em()
      .findOneOrFail(AuditEvent, { action: 'mergePatients', targetId: survivor.id });
    expect(audit.details).toMatchObject({
      duplicateId,
      moved: { 'patient.account_id': 1, 'allergy.patient_id': 1 },
    });
  });

  it('refuses the whole merge when both records have an account, changing nothing', async () => {
    const a = await app.tokenFor(Role.PATIENT);
    const b = await app.tokenFor(Role.PATIENT);
    const aId = a.patientId!;
    const bId = b.patientId!;
    await app.gql(
      ALLERGY,
      { i: { patientId: bId, substance: 'Latex', severity: 'MILD' } },
      { token: doctor },
    );
    const r = await app.gql(
      MERGE,
      { i: { survivorId: aId, duplicateId: bId, reason: 'same person' } },
      { token: admin },
    );
    expect(r.errors[0]?.extensions?.code).toBe('CONFLICT');
    const em = app.em();
    expect((await em.findOneOrFail(Patient, bId)).status).toBe('ACTIVE');
    const rows = await em.execute<{ n: string }[]>(
      `select count(*)::text as n from allergy where patient_id = ?`,
      [bId],
    );
    expect(rows[0]?.n).toBe('1');
  });

  it('is for administrators only', async () => {
    const r = await app.gql(
      MERGE,
      {
        i: {
          survivorId: (await register()).id,
          duplicateId: (await register()).id,
          reason: 'same person',
        },
      },
      { token: reception },
    );
    expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
