/**
 * The shift pack as the device keeps it, and the answers the app's own queries get from it while
 * offline. Pure: no storage, no network. Every answer has exactly the shape (and `__typename`s) the
 * query would get from the server, so the screens and the Apollo cache cannot tell the difference;
 * a query the pack cannot answer in full gets `undefined` and the caller says "not available
 * offline" rather than show a part of it as if it were the whole.
 */
import type {
  DayBoardQuery,
  MedicationScheduleQuery,
  MyPractitionerProfileQuery,
  MyPatientsQuery,
  MyRoundQuery,
  MyShiftPackQuery,
  PatientChartQuery,
  PatientHeaderQuery,
} from '../../gql/graphql';
import type { SessionUser } from '../../app/session/session-manager';

export type ShiftPack = MyShiftPackQuery['myShiftPack'];
export type PackPatient = ShiftPack['patients'][number];

/** What is sealed in the vault: the pack, whose it is (to open the app offline), when saved. */
export interface StoredPack {
  pack: ShiftPack;
  user: SessionUser;
}

/**
 * How long after the end of the shift the pack stays readable: the handover runs over, and a
 * doctor's day may end late. Past it, the vault wipes itself at the next use.
 */
export const GRACE_MS = 60 * 60 * 1000;

/** When the sealed pack must be wiped: the pack's own end of shift plus the grace period. */
export function packExpiry(pack: Pick<ShiftPack, 'shiftEndsAt'>): Date {
  return new Date(Date.parse(pack.shiftEndsAt) + GRACE_MS);
}

/** An object as the server sends it, with its `__typename` (the generated types leave it out). */
function typed<T extends object>(typename: string, fields: T): T {
  return { __typename: typename, ...fields };
}

/** Whether this account takes a pack: the API grants reading a round or a nurse's patients. */
export function takesPack(user: Pick<SessionUser, 'capabilities'> | null | undefined): boolean {
  const can = user?.capabilities ?? [];
  return can.includes('READ_MY_ROUND') || can.includes('READ_MY_PATIENTS');
}

/** The chart's "latest vitals" and trend ignore sets entered in error, as the server does. */
function liveVitals(p: PackPatient) {
  return p.vitals.filter((v) => !v.enteredInError);
}

function patientOf(pack: ShiftPack, id: unknown): PackPatient | undefined {
  return typeof id === 'string' ? pack.patients.find((p) => p.patientId === id) : undefined;
}

/** "DUPONT Jean Marc" → family name "DUPONT", given names "Jean Marc". */
function splitName(name: string): { familyName: string; givenNames: string } {
  const words = name.split(' ');
  const given = words.findIndex((w) => w !== w.toUpperCase());
  if (given <= 0) return { familyName: name, givenNames: '' };
  return { familyName: words.slice(0, given).join(' '), givenNames: words.slice(given).join(' ') };
}

type Answer =
  | MyRoundQuery
  | MyPatientsQuery
  | PatientChartQuery
  | PatientHeaderQuery
  | MedicationScheduleQuery
  | MyPractitionerProfileQuery
  | DayBoardQuery;

/**
 * The data for one of the app's queries, from the pack; undefined when the pack does not hold all
 * of it. What the pack lacks is left empty only where the screen says so when offline (pending
 * lab orders and recent visits on the chart summary, the blood group in the header).
 */
export function answerFromPack(
  pack: ShiftPack,
  operationName: string,
  variables: Record<string, unknown>,
): Answer | undefined {
  switch (operationName) {
    case 'MyRound':
      return pack.kind === 'DOCTOR_DAY'
        ? { myRound: pack.patients.map((p) => p.inpatient) }
        : undefined;
    case 'MyPatients':
      return pack.kind === 'NURSE_SHIFT'
        ? { myPatients: pack.patients.map((p) => p.inpatient) }
        : undefined;
    case 'PatientHeader': {
      const p = patientOf(pack, variables.id);
      if (!p) return undefined;
      const clinical = variables.clinical === true;
      return {
        patient: {
          __typename: 'Patient',
          id: p.patientId,
          mrn: p.inpatient.mrn,
          displayName: p.inpatient.name,
          ...splitName(p.inpatient.name),
          birthDate: p.birthDate,
          age: p.inpatient.age,
          sex: p.inpatient.sex,
          // On a ward round: admitted, so neither merged nor deceased.
          status: 'ACTIVE',
          ...(clinical
            ? { bloodGroup: null, allergyStatus: p.allergyStatus, allergies: p.allergies }
            : {}),
        },
      } as PatientHeaderQuery;
    }
    case 'PatientChart': {
      const p = patientOf(pack, variables.patientId);
      if (!p) return undefined;
      const vitals = liveVitals(p);
      return {
        patientChart: {
          __typename: 'PatientChart',
          patientId: p.patientId,
          allergies: p.allergies,
          activeProblems: p.activeProblems,
          activePrescriptions: p.activePrescriptions,
          latestVitals: vitals[0] ?? null,
          // The chart's trend is oldest first, the pack newest first.
          vitalsTrend: vitals.slice(0, 20).reverse(),
          pendingLabOrders: [],
          recentLabResults: p.labResults,
          recentEncounters: [],
        },
      } as PatientChartQuery;
    }
    case 'MedicationSchedule': {
      // A nurse's pack holds her shift's scheduled doses; a doctor's holds none.
      const p = patientOf(pack, variables.patientId);
      if (!p || pack.kind !== 'NURSE_SHIFT') return undefined;
      const ids = new Set(p.activePrescriptions.map((rx) => rx.id));
      const schedule: MedicationScheduleQuery = {
        medicationSchedule: pack.dosesDue.filter((d) => ids.has(d.prescription.id)),
      };
      return schedule;
    }
    case 'MyPractitionerProfile':
      // A doctor's pack knows whether they have a profile: null is an answer, as online.
      return pack.kind === 'DOCTOR_DAY'
        ? { myPractitionerProfile: pack.practitioner ?? null }
        : undefined;
    case 'DayBoard': {
      // The doctor's own agenda, for the pack's day only; any other day or practitioner needs
      // the network.
      const me = pack.practitioner;
      if (pack.kind !== 'DOCTOR_DAY' || !me || !pack.day) {
        return undefined;
      }
      if (variables.date !== pack.day || variables.practitionerId !== me.id) return undefined;
      const day: DayBoardQuery['dayBoard'][number] = typed('PractitionerDay', {
        practitioner: typed('Practitioner', {
          id: me.id,
          displayName: me.displayName,
          specialtyInfo: me.specialtyInfo,
        }),
        appointments: pack.appointments,
      });
      return { dayBoard: [day] };
    }
    default:
      return undefined;
  }
}
