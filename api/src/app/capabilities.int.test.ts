import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../kernel/auth/roles.js';
import { buildBareSchema } from './schema.js';
import { Capability, CAPABILITY_RULES, ruleFor } from './capabilities.js';
import { startTestApp, type TestApp } from './testing/test-app.js';

const ME = '{ me { role capabilities } }';

describe('capabilities', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('names only operations and fields that exist and carry a rule', async () => {
    const schema = await buildBareSchema();
    for (const path of Object.values(CAPABILITY_RULES)) {
      const [type = '', field = ''] = path.split('.');
      const t = schema.getType(type);
      expect(t && 'getFields' in t ? Object.keys(t.getFields()) : [], path).toContain(field);
      expect(ruleFor(path), path).toBeDefined();
    }
  });

  it('tells each role what the API will accept from it', async () => {
    const of = async (role: Role) => {
      const { token } = await app.tokenFor(role);
      const r = await app.gql<{ me: { capabilities: Capability[] } }>(ME, {}, { token });
      expect(r.errors).toEqual([]);
      return r.data?.me.capabilities ?? [];
    };
    const nurse = await of(Role.NURSE);
    expect(nurse).toEqual(
      expect.arrayContaining([
        Capability.SEARCH_PATIENTS,
        Capability.READ_CHART,
        Capability.RECORD_VITALS,
        Capability.GIVE_MEDICATION,
        Capability.RECORD_ALLERGIES,
      ]),
    );
    expect(nurse).not.toContain(Capability.PRESCRIBE);
    expect(nurse).not.toContain(Capability.REGISTER_PATIENTS);

    const cashier = await of(Role.CASHIER);
    expect(cashier).toContain(Capability.READ_PATIENT_INSURANCE);
    expect(cashier).not.toContain(Capability.READ_PATIENT_CLINICAL);
    expect(cashier).not.toContain(Capability.READ_CHART);

    const patient = await of(Role.PATIENT);
    expect(patient).toEqual(
      expect.arrayContaining([
        Capability.READ_PATIENT_CONTACT,
        Capability.READ_CHART,
        Capability.BOOK_APPOINTMENTS,
      ]),
    );
    expect(patient).not.toContain(Capability.SEARCH_PATIENTS);
    expect(patient).not.toContain(Capability.READ_CARE_NOTES);

    // A manager runs the wards and watches the emergency department but sees no patient.
    expect((await of(Role.MANAGER)).sort()).toEqual(
      [
        Capability.ASSIGN_NURSES,
        Capability.MAINTAIN_WARDS,
        Capability.READ_BED_BOARD,
        Capability.SET_BED_STATUS,
        Capability.READ_EMERGENCY_QUEUE,
        Capability.READ_EMERGENCY_FIGURES,
        Capability.READ_STOCK_LEVELS,
        Capability.READ_STOCK_MOVEMENTS,
        Capability.READ_STOCK_PRICES,
        Capability.READ_STOCK_ALERTS,
        Capability.READ_STOCK_VALUATION,
        Capability.READ_TARIFFS,
        Capability.SET_TARIFFS,
        Capability.READ_DASHBOARD,
        Capability.READ_ALL_FIGURES,
        Capability.REVIEW_EMERGENCY_ACCESS,
        Capability.KEEP_WORKING_HOURS,
        Capability.MANAGE_STAFF_HOURS,
      ].sort(),
    );
    // Working hours (R18): kept by staff other than doctors, managed by managers and admins.
    expect(nurse).toContain(Capability.KEEP_WORKING_HOURS);
    expect(nurse).not.toContain(Capability.MANAGE_STAFF_HOURS);
    expect(await of(Role.DOCTOR)).not.toContain(Capability.KEEP_WORKING_HOURS);
    expect(patient).not.toContain(Capability.KEEP_WORKING_HOURS);
    // The dashboard: a doctor reads their own activity, not the hospital's figures.
    expect(await of(Role.DOCTOR)).toContain(Capability.READ_DASHBOARD);
    expect(await of(Role.DOCTOR)).not.toContain(Capability.READ_ALL_FIGURES);
    expect(nurse).not.toContain(Capability.READ_DASHBOARD);
    // Break-the-glass: a nurse, whom the care scope narrows, may open; a doctor has nothing to.
    expect(nurse).toContain(Capability.OPEN_EMERGENCY_ACCESS);
    expect(nurse).not.toContain(Capability.REVIEW_EMERGENCY_ACCESS);
    expect(cashier).not.toContain(Capability.OPEN_EMERGENCY_ACCESS);
    // The emergency department: the nurse registers and triages, the doctor takes cases.
    expect(nurse).toEqual(
      expect.arrayContaining([
        Capability.REGISTER_EMERGENCY_ARRIVAL,
        Capability.TRIAGE_EMERGENCY,
        Capability.READ_EMERGENCY_CLINICAL,
      ]),
    );
    expect(nurse).not.toContain(Capability.TAKE_EMERGENCY_CASE);
    expect(nurse).not.toContain(Capability.CLOSE_EMERGENCY_CASE);
    expect(nurse).toEqual(
      expect.arrayContaining([Capability.READ_EMERGENCY_CASE, Capability.AMEND_EMERGENCY_CASE]),
    );
    const reception = await of(Role.RECEPTIONIST);
    expect(reception).toContain(Capability.REGISTER_EMERGENCY_ARRIVAL);
    expect(reception).not.toContain(Capability.TRIAGE_EMERGENCY);
    expect(reception).not.toContain(Capability.READ_EMERGENCY_CLINICAL);
    expect(nurse).toEqual(
      expect.arrayContaining([Capability.READ_MY_PATIENTS, Capability.READ_BED_CLINICAL]),
    );
    expect(nurse).not.toContain(Capability.WRITE_DISCHARGE_SUMMARY);
    expect(await of(Role.DOCTOR)).toEqual(
      expect.arrayContaining([
        Capability.READ_MY_ROUND,
        Capability.WRITE_DISCHARGE_SUMMARY,
        Capability.ADMIT_PATIENTS,
        Capability.TAKE_EMERGENCY_CASE,
        Capability.CLOSE_EMERGENCY_CASE,
      ]),
    );
    expect(cashier).toContain(Capability.READ_BED_BOARD);
    expect(cashier).not.toContain(Capability.READ_BED_CLINICAL);
    // Stock: the pharmacist does everything; the cashier reads prices; a nurse reads levels.
    expect(await of(Role.PHARMACIST)).toEqual(
      expect.arrayContaining([
        Capability.READ_STOCK_ITEMS,
        Capability.READ_STOCK_LEVELS,
        Capability.READ_STOCK_MOVEMENTS,
        Capability.RECEIVE_STOCK,
        Capability.DISPENSE_STOCK,
        Capability.TRANSFER_STOCK,
        Capability.ADJUST_STOCK,
        Capability.WRITE_OFF_STOCK,
        Capability.READ_PROPOSED_LOT,
        Capability.TRACE_LOTS,
        Capability.RECALL_LOTS,
        Capability.READ_STOCK_ALERTS,
        Capability.READ_STOCK_VALUATION,
        Capability.READ_DISPENSING_WORKLIST,
      ]),
    );
    expect(cashier).toEqual(
      expect.arrayContaining([Capability.READ_STOCK_ITEMS, Capability.READ_STOCK_PRICES]),
    );
    expect(cashier).not.toContain(Capability.READ_STOCK_LEVELS);
    expect(nurse).toContain(Capability.READ_STOCK_LEVELS);
    expect(nurse).not.toContain(Capability.DISPENSE_STOCK);
    expect(nurse).not.toContain(Capability.READ_STOCK_PRICES);
    expect(nurse).toContain(Capability.READ_PROPOSED_LOT);
    expect(nurse).not.toContain(Capability.TRACE_LOTS);
    expect(patient).not.toContain(Capability.READ_STOCK_LEVELS);
    const admin = await of(Role.ADMIN);
    expect(admin).toEqual(
      expect.arrayContaining([Capability.MANAGE_USERS, Capability.MERGE_PATIENTS]),
    );
    // Billing: the cashier bills and collects; a patient reads their own invoices; managers and
    // administrators set the price list, which the cashier reads.
    expect(cashier).toEqual(
      expect.arrayContaining([
        Capability.BILL_PATIENTS,
        Capability.TAKE_PAYMENTS,
        Capability.CLOSE_CASH_UP,
        Capability.READ_TARIFFS,
      ]),
    );
    expect(cashier).not.toContain(Capability.SET_TARIFFS);
    expect(patient).toContain(Capability.READ_MY_INVOICES);
    expect(patient).not.toContain(Capability.BILL_PATIENTS);
    expect(await of(Role.CASHIER)).not.toContain(Capability.READ_MY_INVOICES);
    expect(patient).not.toContain(Capability.READ_TARIFFS);
    expect(admin).toEqual(
      expect.arrayContaining([Capability.READ_TARIFFS, Capability.SET_TARIFFS]),
    );
    expect(admin).not.toContain(Capability.BILL_PATIENTS);
    for (const c of [
      Capability.BILL_PATIENTS,
      Capability.READ_TARIFFS,
      Capability.READ_MY_INVOICES,
    ]) {
      expect(nurse).not.toContain(c);
    }
  });

  it('are in the answer that signs a patient in, with their own record', async () => {
    const p = await app.seedUser(Role.PATIENT);
    const r = await app.gql<{
      login: { user: { capabilities: string[]; patient: { id: string } | null } };
    }>(`mutation($i: LoginInput!) { login(input: $i) { user { capabilities patient { id } } } }`, {
      i: { email: p.email, password: p.password },
    });
    expect(r.errors).toEqual([]);
    expect(r.data?.login.user.patient).toEqual({ id: p.patientId });
    expect(r.data?.login.user.capabilities).toEqual(
      expect.arrayContaining([Capability.READ_CHART, Capability.BOOK_APPOINTMENTS]),
    );
  });

  it('asks only rules that depend on the caller, never on a request’s arguments', () => {
    for (const path of Object.values(CAPABILITY_RULES)) {
      expect(ruleFor(path)?.cache, path).not.toBe('strict');
    }
  });
});
