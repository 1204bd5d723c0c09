import { isObjectType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, Role } from '../kernel/auth/roles.js';
import { buildBareSchema } from './schema.js';
import { startTestApp, type TestApp } from './testing/test-app.js';

/**
 * For every operation: who may call it. Each later module adds its operations here; a root field
 * missing from this table fails the first test.
 */
interface Entry {
  doc: string;
  vars?: () => Record<string, unknown>;
  allowed: readonly Role[] | 'anyone';
  /** The call ends or alters the caller's session: use a throwaway one. */
  fresh?: boolean;
}

const STAFF = ALL_ROLES.filter((r) => r !== Role.PATIENT);
const EVERY_ROLE = ALL_ROLES;
/** Staff who find and read patients: everyone but the manager. */
const PATIENT_READERS = STAFF.filter((r) => r !== Role.MANAGER);

const MATRIX: Record<string, Entry> = {
  'Query.patients': { doc: '{ patients(first: 1) { totalCount } }', allowed: PATIENT_READERS },
  'Query.patient': {
    doc: 'query($id: ID!) { patient(id: $id) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [...PATIENT_READERS, Role.PATIENT],
  },
  'Query.possiblePatientDuplicates': {
    doc: '{ possiblePatientDuplicates(input: { phone: "+33 1 00 00 00 00" }) { reasons } }',
    allowed: [Role.RECEPTIONIST, Role.ADMIN],
  },
  'Mutation.createPatient': {
    doc: 'mutation { createPatient(input: { familyName: "", givenNames: "", birthDate: "2000-01-01", sex: FEMALE }) { patient { id } } }',
    allowed: [Role.RECEPTIONIST, Role.ADMIN],
  },
  'Mutation.updatePatient': {
    doc: 'mutation($id: ID!) { updatePatient(input: { id: $id, version: 1 }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.RECEPTIONIST, Role.ADMIN],
  },
  'Mutation.mergePatients': {
    doc: 'mutation($a: ID!, $b: ID!) { mergePatients(input: { survivorId: $a, duplicateId: $b, reason: "same person" }) { movedReferences } }',
    vars: () => ({ a: randomUUID(), b: randomUUID() }),
    allowed: [Role.ADMIN],
  },
  'Mutation.recordAllergy': {
    doc: 'mutation($id: ID!) { recordAllergy(input: { patientId: $id, substance: "Latex", severity: MILD }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST],
  },
  'Mutation.updateAllergy': {
    doc: 'mutation($id: ID!) { updateAllergy(input: { id: $id, version: 1, status: INACTIVE }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST],
  },
  'Mutation.recordNoKnownAllergies': {
    doc: 'mutation($id: ID!) { recordNoKnownAllergies(input: { patientId: $id }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST],
  },
  'Mutation.updateMyContactDetails': {
    doc: 'mutation { updateMyContactDetails(input: { version: 1, phone: "not a phone" }) { id } }',
    allowed: [Role.PATIENT],
  },
  'Query.me': { doc: '{ me { id role } }', allowed: EVERY_ROLE },
  'Query.users': { doc: '{ users(first: 1) { totalCount } }', allowed: [Role.ADMIN] },
  'Query.user': {
    doc: 'query($id: ID!) { user(id: $id) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.ADMIN],
  },
  'Query.auditEvents': { doc: '{ auditEvents(first: 1) { totalCount } }', allowed: [Role.ADMIN] },
  'Mutation.login': {
    doc: 'mutation { login(input: { email: "nobody@test.example", password: "wrong-password-1" }) { accessToken } }',
    allowed: 'anyone',
  },
  'Mutation.refreshSession': {
    doc: 'mutation { refreshSession(input: { refreshToken: "not-a-token" }) { accessToken } }',
    allowed: 'anyone',
  },
  'Mutation.registerPatient': {
    doc: 'mutation { registerPatient(input: { givenNames: "", familyName: "", birthDate: "2000-01-01", sex: FEMALE, phone: "x", email: "bad", password: "x" }) { accessToken } }',
    allowed: 'anyone',
  },
  'Mutation.logout': { doc: 'mutation { logout }', allowed: EVERY_ROLE, fresh: true },
  'Mutation.changePassword': {
    doc: 'mutation { changePassword(input: { currentPassword: "not-current-xx", newPassword: "short" }) { id } }',
    allowed: EVERY_ROLE,
  },
  'Mutation.updateMyProfile': {
    doc: 'mutation { updateMyProfile(input: { phone: "not a phone" }) { id } }',
    allowed: EVERY_ROLE,
  },
  'Mutation.createUser': {
    doc: 'mutation { createUser(input: { email: "bad", role: NURSE, givenName: "", familyName: "" }) { temporaryPassword } }',
    allowed: [Role.ADMIN],
  },
  'Mutation.updateUser': {
    doc: 'mutation($id: String!) { updateUser(input: { id: $id, active: true }) { id } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.ADMIN],
  },
  'Mutation.resetUserPassword': {
    doc: 'mutation($id: String!) { resetUserPassword(input: { id: $id }) { temporaryPassword } }',
    vars: () => ({ id: randomUUID() }),
    allowed: [Role.ADMIN],
  },
};

let app: TestApp;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  app = await startTestApp();
  for (const role of ALL_ROLES) tokens.set(role, (await app.tokenFor(role)).token);
});
afterAll(async () => {
  await app.close();
});

/** A denial by the permission layer, as opposed to the operation's own answer. */
function denial(errors: { message: string; extensions?: Record<string, unknown> }[]) {
  const e = errors[0];
  if (!e) return null;
  if (e.extensions?.code === 'FORBIDDEN') return 'FORBIDDEN';
  if (e.extensions?.code === 'UNAUTHENTICATED' && e.message === 'You must sign in.') {
    return 'UNAUTHENTICATED';
  }
  return null;
}

describe('role matrix', () => {
  it('covers every operation of the schema', async () => {
    const schema = await buildBareSchema();
    const ops: string[] = [];
    for (const t of [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ]) {
      if (t && isObjectType(t))
        ops.push(...Object.keys(t.getFields()).map((f) => `${t.name}.${f}`));
    }
    expect(ops.sort()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [op, entry] of Object.entries(MATRIX)) {
    it(`${op}: anonymous callers are ${entry.allowed === 'anyone' ? 'allowed' : 'refused'}`, async () => {
      const r = await app.gql(entry.doc, entry.vars?.() ?? {});
      if (entry.allowed === 'anyone') expect(denial(r.errors)).toBeNull();
      else {
        expect(denial(r.errors)).toBe('UNAUTHENTICATED');
        expect(r.data).toBeNull();
      }
    });

    it(`${op}: each role is allowed or refused as the table says`, async () => {
      for (const role of ALL_ROLES) {
        const token = entry.fresh ? (await app.tokenFor(role)).token : tokens.get(role);
        const r = await app.gql(entry.doc, entry.vars?.() ?? {}, { token });
        const may = entry.allowed === 'anyone' || entry.allowed.includes(role);
        expect(denial(r.errors), `${op} as ${role}`).toBe(may ? null : 'FORBIDDEN');
      }
    });
  }
});

describe('object types', () => {
  it('a patient sees their own record and nobody else’s account', async () => {
    const p = await app.tokenFor(Role.PATIENT);
    const r = await app.gql<{ me: { patient: { id: string } | null } }>(
      '{ me { patient { id mrn phone } } }',
      {},
      { token: p.token },
    );
    expect(r.errors).toEqual([]);
    expect(r.data?.me.patient?.id).toBe(p.user.patient?.id);
  });

  it('a staff account has no patient record', async () => {
    const r = await app.gql<{ me: { patient: unknown } }>(
      '{ me { patient { id } } }',
      {},
      { token: tokens.get(Role.NURSE) },
    );
    expect(r.data?.me.patient).toBeNull();
  });

  it('non-admins cannot read other accounts through any list', async () => {
    for (const role of STAFF.filter((r) => r !== Role.ADMIN)) {
      const r = await app.gql(
        '{ users(first: 5) { nodes { email } } }',
        {},
        {
          token: tokens.get(role),
        },
      );
      expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
