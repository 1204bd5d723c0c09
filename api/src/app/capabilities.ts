import { Ctx, FieldResolver, Resolver, Root, registerEnumType } from 'type-graphql';
import type { AccessRule } from '../kernel/auth/predicates.js';
import type { RequestContext, Viewer } from '../kernel/context.js';
import { batchLoader } from '../kernel/graphql/batch.js';
import { isPatientAccount } from '../modules/access/index.js';
import { User } from '../modules/auth/index.js';
import { patientIdsOfAccounts } from '../modules/patients/index.js';
import { mergeRuleMaps, ruleMaps } from './permissions.js';

/**
 * What an account may do, named for the screens that offer it. Each is the verdict of the rule
 * that guards one operation or field, so the PWA shows a button exactly when the API would accept
 * the call, and no role list is ever copied into the client.
 */
export enum Capability {
  SEARCH_PATIENTS = 'SEARCH_PATIENTS',
  REGISTER_PATIENTS = 'REGISTER_PATIENTS',
  EDIT_PATIENTS = 'EDIT_PATIENTS',
  MERGE_PATIENTS = 'MERGE_PATIENTS',
  READ_PATIENT_CONTACT = 'READ_PATIENT_CONTACT',
  READ_PATIENT_INSURANCE = 'READ_PATIENT_INSURANCE',
  READ_PATIENT_CLINICAL = 'READ_PATIENT_CLINICAL',
  RECORD_ALLERGIES = 'RECORD_ALLERGIES',
  READ_CHART = 'READ_CHART',
  READ_CARE_NOTES = 'READ_CARE_NOTES',
  RECORD_VITALS = 'RECORD_VITALS',
  ADD_CARE_NOTES = 'ADD_CARE_NOTES',
  GIVE_MEDICATION = 'GIVE_MEDICATION',
  WRITE_VISIT_NOTES = 'WRITE_VISIT_NOTES',
  PRESCRIBE = 'PRESCRIBE',
  ORDER_LAB_TESTS = 'ORDER_LAB_TESTS',
  ENTER_LAB_RESULTS = 'ENTER_LAB_RESULTS',
  READ_VISIT_HISTORY = 'READ_VISIT_HISTORY',
  READ_DAY_BOARD = 'READ_DAY_BOARD',
  BOOK_APPOINTMENTS = 'BOOK_APPOINTMENTS',
  CHECK_IN_PATIENTS = 'CHECK_IN_PATIENTS',
  MANAGE_AVAILABILITY = 'MANAGE_AVAILABILITY',
  KEEP_WORKING_HOURS = 'KEEP_WORKING_HOURS',
  MANAGE_STAFF_HOURS = 'MANAGE_STAFF_HOURS',
  MANAGE_USERS = 'MANAGE_USERS',
  READ_AUDIT = 'READ_AUDIT',
  READ_BED_BOARD = 'READ_BED_BOARD',
  READ_BED_CLINICAL = 'READ_BED_CLINICAL',
  ADMIT_PATIENTS = 'ADMIT_PATIENTS',
  WRITE_DISCHARGE_SUMMARY = 'WRITE_DISCHARGE_SUMMARY',
  SET_BED_STATUS = 'SET_BED_STATUS',
  MAINTAIN_WARDS = 'MAINTAIN_WARDS',
  ASSIGN_NURSES = 'ASSIGN_NURSES',
  READ_MY_PATIENTS = 'READ_MY_PATIENTS',
  READ_MY_ROUND = 'READ_MY_ROUND',
  SET_CARE_TEAM = 'SET_CARE_TEAM',
  READ_EMERGENCY_QUEUE = 'READ_EMERGENCY_QUEUE',
  READ_EMERGENCY_CLINICAL = 'READ_EMERGENCY_CLINICAL',
  REGISTER_EMERGENCY_ARRIVAL = 'REGISTER_EMERGENCY_ARRIVAL',
  TRIAGE_EMERGENCY = 'TRIAGE_EMERGENCY',
  MOVE_EMERGENCY_CASE = 'MOVE_EMERGENCY_CASE',
  TAKE_EMERGENCY_CASE = 'TAKE_EMERGENCY_CASE',
  READ_EMERGENCY_FIGURES = 'READ_EMERGENCY_FIGURES',
  READ_EMERGENCY_CASE = 'READ_EMERGENCY_CASE',
  CLOSE_EMERGENCY_CASE = 'CLOSE_EMERGENCY_CASE',
  AMEND_EMERGENCY_CASE = 'AMEND_EMERGENCY_CASE',
  READ_STOCK_ITEMS = 'READ_STOCK_ITEMS',
  READ_STOCK_PRICES = 'READ_STOCK_PRICES',
  READ_STOCK_LEVELS = 'READ_STOCK_LEVELS',
  READ_STOCK_MOVEMENTS = 'READ_STOCK_MOVEMENTS',
  RECEIVE_STOCK = 'RECEIVE_STOCK',
  DISPENSE_STOCK = 'DISPENSE_STOCK',
  TRANSFER_STOCK = 'TRANSFER_STOCK',
  ADJUST_STOCK = 'ADJUST_STOCK',
  WRITE_OFF_STOCK = 'WRITE_OFF_STOCK',
  READ_PROPOSED_LOT = 'READ_PROPOSED_LOT',
  TRACE_LOTS = 'TRACE_LOTS',
  RECALL_LOTS = 'RECALL_LOTS',
  READ_STOCK_ALERTS = 'READ_STOCK_ALERTS',
  READ_STOCK_VALUATION = 'READ_STOCK_VALUATION',
  READ_DISPENSING_WORKLIST = 'READ_DISPENSING_WORKLIST',
  BILL_PATIENTS = 'BILL_PATIENTS',
  TAKE_PAYMENTS = 'TAKE_PAYMENTS',
  CLOSE_CASH_UP = 'CLOSE_CASH_UP',
  READ_MY_INVOICES = 'READ_MY_INVOICES',
  READ_TARIFFS = 'READ_TARIFFS',
  SET_TARIFFS = 'SET_TARIFFS',
  READ_DASHBOARD = 'READ_DASHBOARD',
  READ_ALL_FIGURES = 'READ_ALL_FIGURES',
  OPEN_EMERGENCY_ACCESS = 'OPEN_EMERGENCY_ACCESS',
  REVIEW_EMERGENCY_ACCESS = 'REVIEW_EMERGENCY_ACCESS',
}

registerEnumType(Capability, {
  name: 'Capability',
  description: 'Something an account may do; derived from the API’s own authorization rules.',
});

/** The operation or field whose rule decides each capability. */
export const CAPABILITY_RULES: Readonly<Record<Capability, string>> = {
  SEARCH_PATIENTS: 'Query.patients',
  REGISTER_PATIENTS: 'Mutation.createPatient',
  EDIT_PATIENTS: 'Mutation.updatePatient',
  MERGE_PATIENTS: 'Mutation.mergePatients',
  READ_PATIENT_CONTACT: 'Patient.phone',
  READ_PATIENT_INSURANCE: 'Patient.insurance',
  READ_PATIENT_CLINICAL: 'Patient.allergies',
  RECORD_ALLERGIES: 'Mutation.recordAllergy',
  READ_CHART: 'Query.patientChart',
  READ_CARE_NOTES: 'Query.careNotes',
  RECORD_VITALS: 'Mutation.recordVitals',
  ADD_CARE_NOTES: 'Mutation.addCareNote',
  GIVE_MEDICATION: 'Mutation.recordMedicationAdministration',
  WRITE_VISIT_NOTES: 'Mutation.createEncounter',
  PRESCRIBE: 'Mutation.prescribe',
  ORDER_LAB_TESTS: 'Mutation.orderLabTests',
  ENTER_LAB_RESULTS: 'Mutation.enterLabResult',
  READ_VISIT_HISTORY: 'Query.visitHistory',
  READ_DAY_BOARD: 'Query.dayBoard',
  BOOK_APPOINTMENTS: 'Mutation.bookAppointment',
  CHECK_IN_PATIENTS: 'Mutation.checkInAppointment',
  MANAGE_AVAILABILITY: 'Mutation.setWeeklyAvailability',
  KEEP_WORKING_HOURS: 'Mutation.setMyWorkingHours',
  MANAGE_STAFF_HOURS: 'Mutation.setStaffWorkingHours',
  MANAGE_USERS: 'Mutation.createUser',
  READ_AUDIT: 'Query.auditEvents',
  READ_BED_BOARD: 'Query.bedBoard',
  READ_BED_CLINICAL: 'BedOccupant.news2Score',
  ADMIT_PATIENTS: 'Mutation.admitPatient',
  WRITE_DISCHARGE_SUMMARY: 'Mutation.writeDischargeSummary',
  SET_BED_STATUS: 'Mutation.setBedStatus',
  MAINTAIN_WARDS: 'Mutation.saveWard',
  ASSIGN_NURSES: 'Mutation.assignNurses',
  READ_MY_PATIENTS: 'Query.myPatients',
  READ_MY_ROUND: 'Query.myRound',
  SET_CARE_TEAM: 'Mutation.setCareTeam',
  READ_EMERGENCY_QUEUE: 'Query.emergencyQueue',
  READ_EMERGENCY_CLINICAL: 'EmergencyQueueRow.complaintText',
  REGISTER_EMERGENCY_ARRIVAL: 'Mutation.registerEmergencyArrival',
  TRIAGE_EMERGENCY: 'Mutation.triageEmergencyCase',
  MOVE_EMERGENCY_CASE: 'Mutation.moveEmergencyCase',
  TAKE_EMERGENCY_CASE: 'Mutation.takeEmergencyCase',
  READ_EMERGENCY_FIGURES: 'Query.emergencyFigures',
  READ_EMERGENCY_CASE: 'Query.emergencyCase',
  CLOSE_EMERGENCY_CASE: 'Mutation.closeEmergencyCase',
  AMEND_EMERGENCY_CASE: 'Mutation.amendEmergencyCase',
  READ_STOCK_ITEMS: 'Query.stockItems',
  READ_STOCK_PRICES: 'StockItem.unitPriceCents',
  READ_STOCK_LEVELS: 'Query.stockLevels',
  READ_STOCK_MOVEMENTS: 'Query.stockMovements',
  RECEIVE_STOCK: 'Mutation.receiveStock',
  DISPENSE_STOCK: 'Mutation.dispense',
  TRANSFER_STOCK: 'Mutation.transferStock',
  ADJUST_STOCK: 'Mutation.adjustStock',
  WRITE_OFF_STOCK: 'Mutation.writeOffStock',
  READ_PROPOSED_LOT: 'Query.proposedLot',
  TRACE_LOTS: 'Query.lotTrace',
  RECALL_LOTS: 'Mutation.recallLot',
  READ_STOCK_ALERTS: 'Query.stockAlerts',
  READ_STOCK_VALUATION: 'Query.stockValuation',
  READ_DISPENSING_WORKLIST: 'Query.dispensingWorklist',
  BILL_PATIENTS: 'Query.billingWorklist',
  TAKE_PAYMENTS: 'Mutation.recordPayment',
  CLOSE_CASH_UP: 'Mutation.closeCashDay',
  READ_MY_INVOICES: 'Query.myInvoices',
  READ_TARIFFS: 'Query.tariffs',
  SET_TARIFFS: 'Mutation.setTariff',
  READ_DASHBOARD: 'Query.dashboard',
  READ_ALL_FIGURES: 'Query.reportServices',
  OPEN_EMERGENCY_ACCESS: 'Mutation.openEmergencyAccess',
  REVIEW_EMERGENCY_ACCESS: 'Query.emergencyAccesses',
};

let merged: ReturnType<typeof mergeRuleMaps> | undefined;

/** The rule guarding `Type.field`: its own, else its type's `'*'`, else the type's rule. */
export function ruleFor(path: string): AccessRule | undefined {
  merged ??= mergeRuleMaps(ruleMaps);
  const [type = '', field = ''] = path.split('.');
  const rules = merged[type];
  if (!rules) return undefined;
  if ('check' in rules) return rules as AccessRule;
  return (rules as Record<string, AccessRule | undefined>)[field] ?? rules['*'];
}

/**
 * The capabilities of an account, asked of the rules as the account itself would ask them. A
 * field of a patient record is asked about the account's own record (a patient reads their own
 * contact details) or, for staff, about any record.
 */
export function capabilitiesOf(
  account: Pick<Viewer, 'userId' | 'role' | 'patientId'>,
  base: Pick<RequestContext, 'clock' | 'config'>,
): Capability[] {
  const viewer: Viewer = {
    ...account,
    sessionId: '',
    mustChangePassword: false,
    mfaEnrolmentRequired: false,
    displayName: '',
  };
  // The rules read only the viewer; the rest of a request context is never touched by them.
  const ctx = { ...base, viewer } as RequestContext;
  const parent = { id: account.patientId ?? '' };
  return Object.values(Capability).filter((c) => {
    const rule = ruleFor(CAPABILITY_RULES[c]);
    return rule?.check(ctx, {}, parent) === true;
  });
}

@Resolver(() => User)
export class CapabilitiesResolver {
  @FieldResolver(() => [Capability], {
    description:
      'What this account may do (screens and buttons to offer); the API still checks every call.',
  })
  async capabilities(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Capability[]> {
    const patientId =
      ctx.viewer?.userId === user.id
        ? ctx.viewer.patientId
        : isPatientAccount(user)
          ? await batchLoader(ctx, 'patientIdOfAccount', (ids) =>
              patientIdsOfAccounts(ctx.em, ids),
            ).load(user.id)
          : null;
    return capabilitiesOf({ userId: user.id, role: user.role, patientId }, ctx);
  }
}
