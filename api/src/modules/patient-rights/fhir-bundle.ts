import type {
  AllergyIntolerance,
  Appointment,
  Bundle,
  BundleEntry,
  Condition,
  Encounter,
  Invoice,
  MedicationAdministration,
  MedicationRequest,
  Money,
  Observation,
  Patient,
  Reference,
  Resource,
} from '@medplum/fhirtypes';

/**
 * The patient's record as plain data, what the export maps: each list holds only what stands
 * (entries marked entered in error are left out by the loader). Shapes are the entities' own
 * fields, so the loader passes rows as they are and tests write them by hand.
 */
export interface RecordData {
  patient: {
    id: string;
    mrn: string;
    familyName: string;
    givenNames: string;
    birthDate: string;
    sex: string;
    phone?: string | null;
    email?: string | null;
  };
  encounters: {
    id: string;
    kind: string;
    status: string;
    occurredAt: Date;
    endedAt?: Date | null;
    reason: string;
    practitionerName: string;
  }[];
  diagnoses: {
    id: string;
    encounterId?: string | null;
    code?: string | null;
    label: string;
    status: string;
    onsetDate?: string | null;
    recordedAt: Date;
  }[];
  prescriptions: {
    id: string;
    encounterId?: string | null;
    medicationName: string;
    dose: number;
    doseUnit: string;
    route: string;
    status: string;
    startAt: Date;
    endAt?: Date | null;
    instructions?: string | null;
    recordedByName: string;
  }[];
  administrations: {
    id: string;
    prescriptionId: string;
    status: string;
    occurredAt: Date;
    dose?: number | null;
    doseUnit?: string | null;
  }[];
  vitals: {
    id: string;
    encounterId?: string | null;
    occurredAt: Date;
    temperatureC?: number | null;
    heartRate?: number | null;
    systolicBp?: number | null;
    diastolicBp?: number | null;
    respiratoryRate?: number | null;
    spo2?: number | null;
    weightKg?: number | null;
    heightCm?: number | null;
    glucoseMmolL?: number | null;
    painScore?: number | null;
  }[];
  labResults: {
    id: string;
    encounterId?: string | null;
    testCode: string;
    testNameEn: string;
    valueNumeric?: number | null;
    valueText?: string | null;
    unit?: string | null;
    flag: string;
    referenceLow?: number | null;
    referenceHigh?: number | null;
    occurredAt: Date;
    validatedAt?: Date | null;
  }[];
  allergies: {
    id: string;
    kind: string;
    substance: string;
    reaction?: string | null;
    severity: string;
    status: string;
    onsetDate?: string | null;
    recordedAt: Date;
  }[];
  appointments: {
    id: string;
    startsAt: Date;
    endsAt: Date;
    status: string;
    reason: string;
    practitionerName: string;
  }[];
  invoices: {
    id: string;
    number: string;
    kind: string;
    status: string;
    currency: string;
    totalMinor: number;
    patientMinor: number;
    issuedAt?: Date | null;
    /** Minor units per major unit of the currency (100 for EUR, 1 for XOF). */
    minorPerMajor: number;
  }[];
}

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
const OBS_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const MRN_SYSTEM = 'urn:caregraph:mrn';
const LAB_SYSTEM = 'urn:caregraph:lab-test';

/** A vital sign's LOINC code, its English name and its UCUM unit. */
interface VitalCode {
  field: keyof RecordData['vitals'][number];
  code: string;
  display: string;
  unit: string;
}

/** LOINC codes of the vital signs profile (FHIR R4 §vitalsigns) and of the extra measures. */
export const VITAL_CODES: readonly VitalCode[] = [
  { field: 'temperatureC', code: '8310-5', display: 'Body temperature', unit: 'Cel' },
  { field: 'heartRate', code: '8867-4', display: 'Heart rate', unit: '/min' },
  { field: 'respiratoryRate', code: '9279-1', display: 'Respiratory rate', unit: '/min' },
  { field: 'spo2', code: '59408-5', display: 'Oxygen saturation by pulse oximetry', unit: '%' },
  { field: 'weightKg', code: '29463-7', display: 'Body weight', unit: 'kg' },
  { field: 'heightCm', code: '8302-2', display: 'Body height', unit: 'cm' },
  {
    field: 'glucoseMmolL',
    code: '15074-8',
    display: 'Glucose [Moles/volume] in Blood',
    unit: 'mmol/L',
  },
  {
    field: 'painScore',
    code: '72514-3',
    display: 'Pain severity - 0-10 verbal numeric rating',
    unit: '{score}',
  },
];

/** A reference to another resource of the bundle; its target type is the field's own. */
function ref<T extends Resource>(type: T['resourceType'], id: string): Reference<T> {
  return { reference: `${type}/${id}` };
}

const vitalCategory = [
  { coding: [{ system: OBS_CATEGORY, code: 'vital-signs', display: 'Vital Signs' }] },
];

const ENCOUNTER_CLASS: Record<string, { code: string; display: string }> = {
  INPATIENT: { code: 'IMP', display: 'inpatient encounter' },
  EMERGENCY: { code: 'EMER', display: 'emergency' },
  TELECONSULTATION: { code: 'VR', display: 'virtual' },
  WARD_ROUND: { code: 'IMP', display: 'inpatient encounter' },
  CONSULTATION: { code: 'AMB', display: 'ambulatory' },
};

const APPOINTMENT_STATUS: Record<string, Appointment['status']> = {
  SCHEDULED: 'booked',
  CONFIRMED: 'booked',
  CHECKED_IN: 'arrived',
  IN_PROGRESS: 'arrived',
  COMPLETED: 'fulfilled',
  CANCELLED: 'cancelled',
  CANCELLED_PRACTITIONER_ABSENT: 'cancelled',
  NO_SHOW: 'noshow',
};

const ROUTE_DISPLAY: Record<string, string> = {
  ORAL: 'Oral',
  SUBLINGUAL: 'Sublingual',
  IV: 'Intravenous',
  IM: 'Intramuscular',
  SC: 'Subcutaneous',
  INHALED: 'Inhalation',
  TOPICAL: 'Topical',
  RECTAL: 'Rectal',
  TRANSDERMAL: 'Transdermal',
  OPHTHALMIC: 'Ophthalmic',
  NASAL: 'Nasal',
  OTHER: 'Other',
};

const CRITICALITY: Record<string, AllergyIntolerance['criticality']> = {
  MILD: 'low',
  MODERATE: 'low',
  SEVERE: 'high',
  LIFE_THREATENING: 'high',
};

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

/** The Patient resource: identity only, as the record holds it. */
export function toPatient(p: RecordData['patient']): Patient {
  const telecom: NonNullable<Patient['telecom']> = [];
  if (p.phone) telecom.push({ system: 'phone', value: p.phone });
  if (p.email) telecom.push({ system: 'email', value: p.email });
  return {
    resourceType: 'Patient',
    id: p.id,
    identifier: [{ system: MRN_SYSTEM, value: p.mrn }],
    name: [{ family: p.familyName, given: p.givenNames.split(/\s+/).filter(Boolean) }],
    gender: p.sex === 'MALE' ? 'male' : p.sex === 'FEMALE' ? 'female' : 'unknown',
    birthDate: p.birthDate,
    ...(telecom.length > 0 ? { telecom } : {}),
  };
}

export function toEncounter(e: RecordData['encounters'][number], patientId: string): Encounter {
  const cls = ENCOUNTER_CLASS[e.kind] ?? { code: 'AMB', display: 'ambulatory' };
  return {
    resourceType: 'Encounter',
    id: e.id,
    status: e.status === 'COMPLETED' ? 'finished' : 'in-progress',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', ...cls },
    subject: ref('Patient', patientId),
    period: { start: iso(e.occurredAt), end: iso(e.endedAt) },
    reasonCode: [{ text: e.reason }],
    participant: [{ individual: { display: e.practitionerName } }],
  };
}

export function toCondition(d: RecordData['diagnoses'][number], patientId: string): Condition {
  return {
    resourceType: 'Condition',
    id: d.id,
    clinicalStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
          code: d.status === 'RESOLVED' ? 'resolved' : 'active',
        },
      ],
    },
    code: {
      ...(d.code ? { coding: [{ system: ICD10, code: d.code, display: d.label }] } : {}),
      text: d.label,
    },
    subject: ref('Patient', patientId),
    ...(d.encounterId ? { encounter: ref('Encounter', d.encounterId) } : {}),
    ...(d.onsetDate ? { onsetDateTime: d.onsetDate } : {}),
    recordedDate: d.recordedAt.toISOString(),
  };
}

export function toMedicationRequest(
  rx: RecordData['prescriptions'][number],
  patientId: string,
): MedicationRequest {
  const status: MedicationRequest['status'] =
    rx.status === 'ACTIVE' ? 'active' : rx.status === 'STOPPED' ? 'stopped' : 'completed';
  return {
    resourceType: 'MedicationRequest',
    id: rx.id,
    status,
    intent: 'order',
    medicationCodeableConcept: { text: rx.medicationName },
    subject: ref('Patient', patientId),
    ...(rx.encounterId ? { encounter: ref('Encounter', rx.encounterId) } : {}),
    authoredOn: rx.startAt.toISOString(),
    requester: { display: rx.recordedByName },
    dosageInstruction: [
      {
        ...(rx.instructions ? { text: rx.instructions } : {}),
        route: { text: ROUTE_DISPLAY[rx.route] ?? rx.route },
        doseAndRate: [{ doseQuantity: { value: rx.dose, unit: rx.doseUnit } }],
        timing: { repeat: { boundsPeriod: { start: iso(rx.startAt), end: iso(rx.endAt) } } },
      },
    ],
  };
}

export function toMedicationAdministration(
  a: RecordData['administrations'][number],
  patientId: string,
  medicationName: string,
): MedicationAdministration {
  const status: MedicationAdministration['status'] =
    a.status === 'GIVEN' ? 'completed' : 'not-done';
  return {
    resourceType: 'MedicationAdministration',
    id: a.id,
    status,
    medicationCodeableConcept: { text: medicationName },
    subject: ref('Patient', patientId),
    effectiveDateTime: a.occurredAt.toISOString(),
    request: ref('MedicationRequest', a.prescriptionId),
    ...(a.dose != null && a.doseUnit
      ? { dosage: { dose: { value: a.dose, unit: a.doseUnit } } }
      : {}),
  };
}

/**
 * One Observation per measured vital sign, LOINC coded; blood pressure is one Observation with
 * its two components (LOINC 85354-9), as the FHIR vital signs profile has it.
 */
export function toVitalObservations(
  v: RecordData['vitals'][number],
  patientId: string,
): Observation[] {
  const base: Omit<Observation, 'code'> = {
    resourceType: 'Observation',
    status: 'final',
    category: vitalCategory,
    subject: ref<Patient>('Patient', patientId),
    ...(v.encounterId ? { encounter: ref('Encounter', v.encounterId) } : {}),
    effectiveDateTime: v.occurredAt.toISOString(),
  };
  const out: Observation[] = [];
  for (const c of VITAL_CODES) {
    const value = v[c.field];
    if (typeof value !== 'number') continue;
    out.push({
      ...base,
      id: `${v.id}-${c.code}`,
      code: { coding: [{ system: LOINC, code: c.code, display: c.display }], text: c.display },
      valueQuantity: { value, unit: c.unit, system: UCUM, code: c.unit },
    });
  }
  if (v.systolicBp != null && v.diastolicBp != null) {
    const part = (code: string, display: string, value: number) => ({
      code: { coding: [{ system: LOINC, code, display }] },
      valueQuantity: { value, unit: 'mm[Hg]', system: UCUM, code: 'mm[Hg]' },
    });
    out.push({
      ...base,
      id: `${v.id}-85354-9`,
      code: {
        coding: [{ system: LOINC, code: '85354-9', display: 'Blood pressure panel' }],
        text: 'Blood pressure',
      },
      component: [
        part('8480-6', 'Systolic blood pressure', v.systolicBp),
        part('8462-4', 'Diastolic blood pressure', v.diastolicBp),
      ],
    });
  }
  return out;
}

const INTERPRETATION: Record<string, string> = {
  NORMAL: 'N',
  LOW: 'L',
  HIGH: 'H',
  CRITICAL_LOW: 'LL',
  CRITICAL_HIGH: 'HH',
  ABNORMAL: 'A',
};

export function toLabObservation(
  r: RecordData['labResults'][number],
  patientId: string,
): Observation {
  const interpretation = INTERPRETATION[r.flag];
  return {
    resourceType: 'Observation',
    id: r.id,
    status: r.validatedAt ? 'final' : 'preliminary',
    category: [{ coding: [{ system: OBS_CATEGORY, code: 'laboratory', display: 'Laboratory' }] }],
    code: {
      coding: [{ system: LAB_SYSTEM, code: r.testCode, display: r.testNameEn }],
      text: r.testNameEn,
    },
    subject: ref('Patient', patientId),
    ...(r.encounterId ? { encounter: ref('Encounter', r.encounterId) } : {}),
    effectiveDateTime: r.occurredAt.toISOString(),
    ...(r.valueNumeric != null
      ? { valueQuantity: { value: r.valueNumeric, ...(r.unit ? { unit: r.unit } : {}) } }
      : r.valueText
        ? { valueString: r.valueText }
        : {}),
    ...(interpretation
      ? {
          interpretation: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
                  code: interpretation,
                },
              ],
            },
          ],
        }
      : {}),
    ...(r.referenceLow != null || r.referenceHigh != null
      ? {
          referenceRange: [
            {
              ...(r.referenceLow != null ? { low: { value: r.referenceLow } } : {}),
              ...(r.referenceHigh != null ? { high: { value: r.referenceHigh } } : {}),
            },
          ],
        }
      : {}),
  };
}

export function toAllergyIntolerance(
  a: RecordData['allergies'][number],
  patientId: string,
): AllergyIntolerance {
  return {
    resourceType: 'AllergyIntolerance',
    id: a.id,
    clinicalStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
          code:
            a.status === 'RESOLVED' ? 'resolved' : a.status === 'INACTIVE' ? 'inactive' : 'active',
        },
      ],
    },
    type: a.kind === 'INTOLERANCE' ? 'intolerance' : 'allergy',
    criticality: CRITICALITY[a.severity] ?? 'unable-to-assess',
    code: { text: a.substance },
    patient: ref('Patient', patientId),
    ...(a.onsetDate ? { onsetDateTime: a.onsetDate } : {}),
    recordedDate: a.recordedAt.toISOString(),
    ...(a.reaction ? { reaction: [{ manifestation: [{ text: a.reaction }] }] } : {}),
  };
}

export function toAppointment(
  a: RecordData['appointments'][number],
  patientId: string,
): Appointment {
  return {
    resourceType: 'Appointment',
    id: a.id,
    status: APPOINTMENT_STATUS[a.status] ?? 'booked',
    description: a.reason,
    start: a.startsAt.toISOString(),
    end: a.endsAt.toISOString(),
    participant: [
      { actor: ref('Patient', patientId), status: 'accepted' },
      { actor: { display: a.practitionerName }, status: 'accepted' },
    ],
  };
}

export function toInvoice(i: RecordData['invoices'][number], patientId: string): Invoice {
  const money = (minor: number): Money => ({
    value: minor / i.minorPerMajor,
    // The hospital's currency is an ISO 4217 code (checked at start), as FHIR's value set has it.
    currency: i.currency as Money['currency'],
  });
  return {
    resourceType: 'Invoice',
    id: i.id,
    identifier: [{ system: 'urn:caregraph:invoice', value: i.number }],
    status: i.status === 'CANCELLED' ? 'cancelled' : i.status === 'PAID' ? 'balanced' : 'issued',
    type: { text: i.kind === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice' },
    subject: ref('Patient', patientId),
    ...(i.issuedAt ? { date: i.issuedAt.toISOString() } : {}),
    totalGross: money(i.totalMinor),
    totalNet: money(i.patientMinor),
  };
}

/**
 * The whole record as a FHIR R4 `collection` Bundle: the Patient first, then every resource
 * pointing at it by `Patient/<id>` (and at its encounter or prescription where there is one).
 * Pure: same data, same bundle.
 */
export function toRecordBundle(data: RecordData, at: Date): Bundle {
  const pid = data.patient.id;
  const medication = new Map(data.prescriptions.map((rx) => [rx.id, rx.medicationName]));
  const resources: Resource[] = [
    toPatient(data.patient),
    ...data.encounters.map((e) => toEncounter(e, pid)),
    ...data.diagnoses.map((d) => toCondition(d, pid)),
    ...data.prescriptions.map((rx) => toMedicationRequest(rx, pid)),
    ...data.administrations.map((a) =>
      toMedicationAdministration(a, pid, medication.get(a.prescriptionId) ?? ''),
    ),
    ...data.vitals.flatMap((v) => toVitalObservations(v, pid)),
    ...data.labResults.map((r) => toLabObservation(r, pid)),
    ...data.allergies.map((a) => toAllergyIntolerance(a, pid)),
    ...data.appointments.map((a) => toAppointment(a, pid)),
    ...data.invoices.map((i) => toInvoice(i, pid)),
  ];
  const entry: BundleEntry[] = resources.map((resource) => ({
    fullUrl: `urn:caregraph:${resource.resourceType}/${resource.id ?? ''}`,
    resource,
  }));
  return { resourceType: 'Bundle', type: 'collection', timestamp: at.toISOString(), entry };
}
