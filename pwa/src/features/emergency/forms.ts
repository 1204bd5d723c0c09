import type {
  ArrivalMode,
  ChiefComplaint,
  CloseEmergencyCaseInput,
  Consciousness,
  EmergencyArea,
  EmergencyOutcome,
  RecordVitalsInput,
  RegisterEmergencyArrivalInput,
  Sex,
  TriageEmergencyCaseInput,
  TriageLevel,
} from '../../gql/graphql';

/** What a form can find wrong, as i18n keys. */
export type ProblemKey =
  | 'emergency.errors.required'
  | 'emergency.arrival.pickPatient'
  | 'emergency.arrival.ageRange'
  | 'emergency.arrival.pickMode'
  | 'emergency.arrival.pickComplaint'
  | 'emergency.triage.pickLevel'
  | 'emergency.triage.notANumber'
  | 'emergency.triage.bpPair'
  | 'wards.errors.daysRange';

/** What a form found wrong: per field (the API's field names), an i18n key. */
export type FormProblems = Record<string, ProblemKey>;

export type Result<T> = { ok: true; input: T } | { ok: false; problems: FormProblems };

const trimmed = (s: string) => s.trim();
const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** "37,2" or "37.2" as a number; empty as null; anything else as NaN. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (!s) return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

export interface ArrivalValues {
  who: 'known' | 'unknown';
  patientId: string | null;
  sex: Sex | '';
  estimatedAge: string;
  description: string;
  mode: ArrivalMode | '';
  complaint: ChiefComplaint | '';
  complaintText: string;
}

/** The arrival form as the API's input: a known patient or an unknown one, never both. */
export function arrivalInput(v: ArrivalValues): Result<RegisterEmergencyArrivalInput> {
  const problems: FormProblems = {};
  if (v.who === 'known' && !v.patientId) problems.patientId = 'emergency.arrival.pickPatient';
  const age = v.estimatedAge.trim();
  if (v.who === 'unknown') {
    if (!v.sex) problems['unknown.sex'] = 'emergency.errors.required';
    if (!/^\d{1,3}$/.test(age) || Number(age) > 120) {
      problems['unknown.estimatedAge'] = 'emergency.arrival.ageRange';
    }
  }
  if (!v.mode) problems.mode = 'emergency.arrival.pickMode';
  if (!v.complaint) problems.complaint = 'emergency.arrival.pickComplaint';
  if (Object.keys(problems).length > 0 || !v.mode || !v.complaint) return { ok: false, problems };
  const input: RegisterEmergencyArrivalInput = {
    mode: v.mode,
    complaint: v.complaint,
    complaintText: orNull(v.complaintText),
  };
  if (v.who === 'known') input.patientId = v.patientId;
  else {
    input.unknown = {
      sex: v.sex as Sex,
      estimatedAge: Number(age),
      description: orNull(v.description),
    };
  }
  return { ok: true, input };
}

/** The vitals of the triage form, as typed. */
export interface VitalsValues {
  heartRate: string;
  systolicBp: string;
  diastolicBp: string;
  respiratoryRate: string;
  spo2: string;
  temperatureC: string;
}

export const VITALS_FIELDS: readonly (keyof VitalsValues)[] = [
  'heartRate',
  'systolicBp',
  'diastolicBp',
  'respiratoryRate',
  'spo2',
  'temperatureC',
];

export const EMPTY_VITALS: VitalsValues = {
  heartRate: '',
  systolicBp: '',
  diastolicBp: '',
  respiratoryRate: '',
  spo2: '',
  temperatureC: '',
};

export interface TriageValues {
  level: TriageLevel | '';
  vitals: VitalsValues;
  onOxygen: boolean;
  consciousness: Consciousness | null;
  note: string;
  area: EmergencyArea | '';
  areaLabel: string;
}

/**
 * The triage form as the API's input. Vitals go with it only when at least one was typed (the
 * set then carries the id the form made when it opened, so a resend records it once), and the
 * two blood pressures together or not at all, as the chart takes them.
 */
export function triageInput(
  caseId: string,
  patientId: string,
  vitalsId: string,
  v: TriageValues,
): Result<TriageEmergencyCaseInput> {
  const problems: FormProblems = {};
  if (!v.level) problems.level = 'emergency.triage.pickLevel';
  const n: Partial<Record<keyof VitalsValues, number | null>> = {};
  for (const key of VITALS_FIELDS) {
    const parsed = parseNumber(v.vitals[key]);
    if (Number.isNaN(parsed)) problems[`vitals.${key}`] = 'emergency.triage.notANumber';
    else n[key] = parsed;
  }
  if ((n.systolicBp == null) !== (n.diastolicBp == null) && !problems['vitals.systolicBp']) {
    problems[n.systolicBp == null ? 'vitals.systolicBp' : 'vitals.diastolicBp'] =
      'emergency.triage.bpPair';
  }
  if (Object.keys(problems).length > 0 || !v.level) return { ok: false, problems };
  const int = (x: number | null | undefined) => (x == null ? null : Math.round(x));
  const anyVital = VITALS_FIELDS.some((k) => n[k] != null);
  const vitals: RecordVitalsInput | null = anyVital
    ? {
        id: vitalsId,
        patientId,
        heartRate: int(n.heartRate),
        systolicBp: int(n.systolicBp),
        diastolicBp: int(n.diastolicBp),
        respiratoryRate: int(n.respiratoryRate),
        spo2: int(n.spo2),
        temperatureC: n.temperatureC ?? null,
        onOxygen: v.onOxygen,
        consciousness: v.consciousness,
      }
    : null;
  const input: TriageEmergencyCaseInput = {
    caseId,
    level: v.level,
    note: orNull(v.note),
    vitals,
  };
  if (v.area) input.area = v.area;
  if (v.areaLabel.trim()) input.areaLabel = trimmed(v.areaLabel);
  return { ok: true, input };
}

export interface CloseValues {
  outcome: EmergencyOutcome | '';
  note: string;
  bedId: string;
  reason: string;
  expectedDays: string;
  transferTo: string;
}

/** The outcome form as the API's input: what each outcome needs, and nothing it refuses. */
export function closeInput(caseId: string, v: CloseValues): Result<CloseEmergencyCaseInput> {
  const problems: FormProblems = {};
  const required: ProblemKey = 'emergency.errors.required';
  if (!v.outcome) problems.outcome = required;
  if (v.outcome === 'DISCHARGED' && !v.note.trim()) problems.note = required;
  if (v.outcome === 'TRANSFERRED' && !v.transferTo.trim()) problems.transferTo = required;
  const days = v.expectedDays.trim();
  if (v.outcome === 'ADMITTED') {
    if (!v.bedId) problems['admission.bedId'] = required;
    if (!v.reason.trim()) problems['admission.reason'] = required;
    if (days && (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 365)) {
      problems['admission.expectedDays'] = 'wards.errors.daysRange';
    }
  }
  if (Object.keys(problems).length > 0 || !v.outcome) return { ok: false, problems };
  const input: CloseEmergencyCaseInput = {
    caseId,
    outcome: v.outcome,
    note: orNull(v.note),
  };
  if (v.outcome === 'ADMITTED') {
    input.admission = {
      bedId: v.bedId,
      reason: trimmed(v.reason),
      expectedDays: days ? Number(days) : null,
    };
  }
  if (v.outcome === 'TRANSFERRED') input.transferTo = trimmed(v.transferTo);
  return { ok: true, input };
}
