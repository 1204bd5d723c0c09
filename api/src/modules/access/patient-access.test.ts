import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALL_ROLES, Role } from '../../kernel/auth/roles.js';
import type { Viewer } from '../../kernel/context.js';
import { patientAccessReason, readsPart } from './patient-access.js';
import { PatientPart } from './patient-access.rules.js';

const viewer = (role: Role, patientId: string | null = null): Viewer => ({
  userId: randomUUID(),
  sessionId: randomUUID(),
  role,
  patientId,
  mustChangePassword: false,
  mfaEnrolmentRequired: false,
  displayName: 'TEST Viewer',
});

/** Who reads which part, written out by hand: the policy table must say exactly this. */
const EXPECTED: Record<PatientPart, readonly Role[]> = {
  [PatientPart.IDENTITY]: [
    Role.ADMIN,
    Role.RECEPTIONIST,
    Role.DOCTOR,
    Role.NURSE,
    Role.LAB_TECHNICIAN,
    Role.PHARMACIST,
    Role.CASHIER,
  ],
  [PatientPart.CHART]: [Role.DOCTOR, Role.NURSE],
  [PatientPart.CARE_TEAM]: [Role.DOCTOR, Role.NURSE],
  [PatientPart.LAB]: [Role.DOCTOR, Role.NURSE, Role.LAB_TECHNICIAN],
  [PatientPart.PRESCRIPTIONS]: [Role.DOCTOR, Role.NURSE, Role.PHARMACIST],
  [PatientPart.BILLING]: [Role.CASHIER],
};

describe('the patient-access policy', () => {
  const patientId = randomUUID();

  it.each(Object.values(PatientPart))(
    'lets exactly the expected staff read the %s part',
    (part) => {
      const staff = ALL_ROLES.filter((r) => r !== Role.PATIENT);
      const allowed = staff.filter(
        (r) => patientAccessReason(viewer(r), patientId, part) === 'role',
      );
      expect(allowed.sort()).toEqual([...EXPECTED[part]].sort());
    },
  );

  it('gives managers no patient at all', () => {
    for (const part of Object.values(PatientPart)) {
      expect(patientAccessReason(viewer(Role.MANAGER), patientId, part)).toBeNull();
      expect(readsPart(viewer(Role.MANAGER), part)).toBe(false);
    }
  });

  it('lets a patient read their own record, except the care team’s working notes', () => {
    const me = viewer(Role.PATIENT, patientId);
    expect(patientAccessReason(me, patientId, PatientPart.IDENTITY)).toBe('self');
    expect(patientAccessReason(me, patientId, PatientPart.CHART)).toBe('self');
    expect(patientAccessReason(me, patientId, PatientPart.LAB)).toBe('self');
    expect(patientAccessReason(me, patientId, PatientPart.PRESCRIPTIONS)).toBe('self');
    expect(patientAccessReason(me, patientId, PatientPart.CARE_TEAM)).toBeNull();
  });

  it('never lets a patient read another patient’s record', () => {
    const me = viewer(Role.PATIENT, patientId);
    for (const part of Object.values(PatientPart)) {
      expect(patientAccessReason(me, randomUUID(), part)).toBeNull();
    }
  });
});
