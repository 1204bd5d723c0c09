import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashPassword } from '../../kernel/auth/passwords.js';
import { Locale, Role } from '../../kernel/auth/roles.js';
import { AuditOutcome, writeAuditEvent } from '../../modules/audit/index.js';
import { mfaRequiredForRole, newTotpSecret, sealSecret, User } from '../../modules/auth/index.js';
import {
  Address,
  Allergy,
  createPatientRecord,
  EmergencyContact,
  Insurance,
  type Patient,
} from '../../modules/patients/index.js';
import {
  DEMO_PATIENT_ACCOUNTS,
  DEMO_PATIENT_DETAILS,
  DEMO_PATIENTS,
  DEMO_STAFF,
  DEMO_WORKING_HOURS,
} from './demo-data.js';
import { seedRecords } from './demo-records.js';
import { seedScheduling } from './demo-scheduling.js';
import { WorkingHoursSpan } from '../../modules/scheduling/index.js';
import { seedWards } from './demo-wards.js';
import { seedEmergency } from './demo-emergency.js';
import { seedPharmacy } from './demo-pharmacy.js';
import { seedBilling } from './demo-billing.js';

export interface Credential {
  email: string;
  role: Role;
  password: string;
  /**
   * The authenticator secret (base32) of a role that signs in with a code: printed beside the
   * password so that whoever tries the demo can add it to an authenticator app.
   */
  totpSecret?: string;
}

/** A password for one installation only: 18 random characters, never a fixed string. */
function randomPassword(): string {
  return randomBytes(14).toString('base64url');
}

const SYSTEM_ORIGIN = { requestId: 'seed', ip: null, userAgent: 'caregraph-seed' };

/**
 * Loads the demo hospital into an empty database: one account per role (three doctors, three
 * nurses, two patients linked to their records) and a few dozen patients. Returns the logins.
 * The roles that require two-step verification are enrolled with a random secret of this
 * installation, sealed with `serverSecret` (the JWT secret) like any other.
 */
export async function seedDemo(
  em: EntityManager,
  now: Date,
  timeZone: string,
  serverSecret: Uint8Array,
): Promise<Credential[]> {
  return em.transactional(async (tx) => {
    const creds: Credential[] = [];
    const doctors: { key: string; user: User }[] = [];
    for (const s of DEMO_STAFF) {
      const password = randomPassword();
      const email = `${s.key}@caregraph.example`;
      const user = tx.create(User, {
        email,
        role: s.role,
        givenName: s.givenName,
        familyName: s.familyName,
        jobTitle: s.jobTitle,
        passwordHash: await hashPassword(password),
        locale: Locale.fr,
      });
      if (s.role === Role.DOCTOR) doctors.push({ key: s.key, user });
      for (const [weekday, startTime, endTime] of DEMO_WORKING_HOURS[s.key] ?? []) {
        tx.create(WorkingHoursSpan, { user, weekday, startTime, endTime });
      }
      if (mfaRequiredForRole(s.role)) {
        const totpSecret = newTotpSecret();
        user.mfaSecret = sealSecret(totpSecret, serverSecret);
        user.mfaEnabledAt = now;
        creds.push({ email, role: s.role, password, totpSecret });
      } else {
        creds.push({ email, role: s.role, password });
      }
    }
    const patients = [];
    for (const p of DEMO_PATIENTS) {
      patients.push(await createPatientRecord(tx, { ...p, email: null }));
    }
    for (const a of DEMO_PATIENT_ACCOUNTS) {
      const patient = patients[a.patientIndex];
      if (!patient) continue;
      const password = randomPassword();
      const email = `${a.key}@caregraph.example`;
      patient.email = email;
      patient.account = tx.create(User, {
        email,
        role: Role.PATIENT,
        givenName: patient.givenNames,
        familyName: patient.familyName,
        phone: patient.phone,
        passwordHash: await hashPassword(password),
      });
      creds.push({ email, role: Role.PATIENT, password });
    }
    const clinician = doctors[0]?.user;
    for (const d of DEMO_PATIENT_DETAILS) {
      const patient = patients[d.patientIndex];
      if (!patient || !clinician) continue;
      addPatientDetails(tx, patient, d, clinician, now);
    }
    await tx.flush();
    seedScheduling(tx, doctors, patients, now, timeZone);
    await tx.flush();
    await seedRecords(tx, patients, now, timeZone);
    await tx.flush();
    await seedWards(tx, now, timeZone);
    await seedEmergency(tx, now);
    await tx.flush();
    await seedPharmacy(tx, now, timeZone);
    await seedBilling(tx, patients, now, timeZone);
    await writeAuditEvent(tx, SYSTEM_ORIGIN, {
      action: 'seedDemo',
      outcome: AuditOutcome.SUCCESS,
      details: { accounts: creds.length, patients: patients.length },
      at: now,
    });
    return creds;
  });
}

/**
 * Blood group, address, emergency contact, insurance and allergies of a demo record. The patients
 * module keeps its enums to itself; the strings below are their values.
 */
function addPatientDetails(
  tx: EntityManager,
  patient: Patient,
  d: (typeof DEMO_PATIENT_DETAILS)[number],
  clinician: User,
  now: Date,
) {
  /* eslint-disable @typescript-eslint/no-unsafe-enum-assignment */
  if (d.bloodGroup) patient.bloodGroup = d.bloodGroup as Patient['bloodGroup'];
  if (d.weightKg !== undefined) patient.weightKg = d.weightKg;
  if (d.address) patient.address = Object.assign(new Address(), d.address);
  if (d.emergencyContact) {
    patient.emergencyContact = Object.assign(new EmergencyContact(), d.emergencyContact);
  }
  if (d.insurance) patient.insurance = Object.assign(new Insurance(), d.insurance);
  const recordedAt = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  if (d.noKnownAllergies) {
    patient.allergyStatus = 'NO_KNOWN_ALLERGIES' as Patient['allergyStatus'];
    patient.allergyStatusRecordedAt = recordedAt;
  }
  for (const a of d.allergies ?? []) {
    tx.create(Allergy, {
      patient,
      substance: a.substance,
      reaction: a.reaction,
      severity: a.severity as Allergy['severity'],
      kind: (a.kind ?? 'ALLERGY') as Allergy['kind'],
      status: (a.active === false ? 'INACTIVE' : 'ACTIVE') as Allergy['status'],
      recordedById: clinician.id,
      recordedByName: clinician.displayName,
      recordedAt,
    });
    patient.allergyStatus = 'HAS_ALLERGIES' as Patient['allergyStatus'];
    patient.allergyStatusRecordedAt = recordedAt;
  }
  /* eslint-enable @typescript-eslint/no-unsafe-enum-assignment */
}

/** Creates an administrator (first start of a production install, or `admin:create`). */
export async function createAdministrator(
  em: EntityManager,
  input: { email: string; givenName: string; familyName: string; password?: string },
  now: Date,
): Promise<{ user: User; password: string }> {
  return em.transactional(async (tx) => {
    const password = input.password ?? randomPassword();
    const user = tx.create(User, {
      email: input.email,
      role: Role.ADMIN,
      givenName: input.givenName,
      familyName: input.familyName,
      passwordHash: await hashPassword(password),
      mustChangePassword: input.password === undefined,
    });
    await tx.flush();
    await writeAuditEvent(tx, SYSTEM_ORIGIN, {
      action: 'createAdministrator',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'User',
      targetId: user.id,
      at: now,
    });
    return { user, password };
  });
}

/** The password, and for an account with two-step verification its authenticator secret. */
export function credentialText(c: Credential): string {
  return c.totpSecret ? `${c.password} totp=${c.totpSecret}` : c.password;
}

export function writeCredentialsFile(dataDir: string, creds: Credential[]): string {
  const file = path.join(dataDir, 'demo-credentials.txt');
  const lines = [
    '# CareGraph demo logins for this installation (random, generated at first start)',
    '# ADMIN and MANAGER also type a code: add their totp= secret to an authenticator app.',
    ...creds.map((c) => `${c.role.padEnd(15)} ${c.email.padEnd(40)} ${credentialText(c)}`),
    '',
  ];
  writeFileSync(file, lines.join('\n'), { mode: 0o600 });
  return file;
}
