/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a charge bills. */
export type ActKind =
  | 'BED_DAY'
  | 'CONSULTATION'
  | 'LAB_TEST'
  | 'MEDICATION'
  | 'OTHER'
  | 'PROCEDURE';

/** An absence or an extra session. */
export type AddAvailabilityExceptionInput = {
  /** End. */
  endsAt: string;
  /** Absence or extra session. */
  kind: AvailabilityExceptionKind;
  /** Practitioner. */
  practitionerId: string | number;
  /** Why. */
  reason?: string | null | undefined;
  /** Slot length of an extra session. */
  slotMinutes?: number | null | undefined;
  /** Start. */
  startsAt: string;
};

/** A bed added to a room. */
export type AddBedInput = {
  /** Label as on the bed. */
  label: string;
  /** The room. */
  roomId: string | number;
};

/** A care note. */
export type AddCareNoteInput = {
  /** Category. */
  category: CareNoteCategory;
  /** Note this one corrects. */
  corrects?: CorrectionInput | null | undefined;
  /** The visit. */
  encounterId?: string | number | null | undefined;
  /** Device-generated UUID of the new note: the same request sent again returns the first; another request under it is a CONFLICT. */
  id: string | number;
  /** When; default now. */
  occurredAt?: string | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** The note. */
  text: string;
};

/** A diagnosis: an ICD-10 code of the list, or free text. */
export type AddDiagnosisInput = {
  /** ICD-10 code; omit for free text. */
  code?: string | null | undefined;
  /** Diagnosis this one corrects. */
  corrects?: CorrectionInput | null | undefined;
  /** The visit. */
  encounterId?: string | number | null | undefined;
  /** Free text when no code fits (required without a code). */
  freeText?: string | null | undefined;
  /** Onset date. */
  onsetDate?: string | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** Primary or secondary. */
  rank: DiagnosisRank;
};

/** A line the cashier enters by hand (a procedure, a certificate). */
export type AddManualChargeInput = {
  /** PROCEDURE or OTHER. */
  actKind: ActKind;
  /** A procedure code, when there is one. */
  code?: string | null | undefined;
  /** Id made by the client (write-once: a retry records once). */
  id: string | number;
  /** What is billed, as printed. */
  label: string;
  /** The patient. */
  patientId: string | number;
  /** Units (1-1000). */
  quantity: number;
  /** Why it is entered by hand. */
  reason: string;
  /** Price of one unit, in minor units. */
  unitMinor: number;
};

/** A postal address; empty lines are cleared. */
export type AddressInput = {
  /** City. */
  city?: string | null | undefined;
  /** Country (ISO 3166 alpha-2, e.g. FR). */
  country?: string | null | undefined;
  /** Street and number. */
  line1?: string | null | undefined;
  /** Building, floor, care of. */
  line2?: string | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
};

/** A physical count of one lot at one location. */
export type AdjustStockInput = {
  /** Units found; the difference with the books is recorded. */
  countedQuantity: number;
  /** Id made by the client for this operation (write-once). */
  id: string | number;
  /** Where it was counted. */
  locationId: string | number;
  /** The lot counted. */
  lotId: string | number;
  /** Why the books were wrong (inventory, breakage found…). */
  reason: string;
};

/** What happened to a dose. */
export type AdministrationStatus =
  | 'GIVEN'
  | 'HELD'
  | 'MISSED'
  | 'REFUSED';

/** Where from. */
export type AdmissionSource =
  | 'ELECTIVE'
  | 'EMERGENCY'
  | 'TRANSFER_IN';

/** Active, discharged, or cancelled (entered in error). */
export type AdmissionStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'DISCHARGED';

/** An admission to a free bed. */
export type AdmitPatientInput = {
  /** When; now by default. */
  admittedAt?: string | null | undefined;
  /** The attending doctor’s account. */
  attendingUserId: string | number;
  /** The bed. */
  bedId: string | number;
  /** Expected length of stay, in days. */
  expectedDays?: number | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** Reason. */
  reason: string;
  /** Where the patient came from. */
  source: AdmissionSource;
};

/** Age range in whole years on the period’s last day: 0-17, 18-39, 40-64, 65-79, 80+. */
export type AgeRange =
  | 'FROM_0_TO_17'
  | 'FROM_18_TO_39'
  | 'FROM_40_TO_64'
  | 'FROM_65_TO_79'
  | 'FROM_80';

/** Whether an allergy currently applies. */
export type AllergyClinicalStatus =
  | 'ACTIVE'
  | 'ENTERED_IN_ERROR'
  | 'INACTIVE';

/** Allergy (immune) or intolerance. */
export type AllergyKind =
  | 'ALLERGY'
  | 'INTOLERANCE';

/** Severity of reaction. */
export type AllergySeverity =
  | 'LIFE_THREATENING'
  | 'MILD'
  | 'MODERATE'
  | 'SEVERE';

/** Whether allergies were asked about, and the answer. */
export type AllergyStatus =
  | 'HAS_ALLERGIES'
  | 'NO_KNOWN_ALLERGIES'
  | 'UNKNOWN';

/** An amendment to a closed case. */
export type AmendEmergencyCaseInput = {
  /** The case. */
  caseId: string | number;
  /** What is added. */
  note: string;
  /** Why. */
  reason: string;
};

/** Which appointments. */
export type AppointmentFilter = {
  /** Starting from. */
  from?: string | null | undefined;
  /** Of this patient. */
  patientId?: string | number | null | undefined;
  /** Of this practitioner. */
  practitionerId?: string | number | null | undefined;
  /** In these statuses. */
  statuses?: Array<AppointmentStatus> | null | undefined;
  /** Starting before. */
  to?: string | null | undefined;
};

/** An appointment to move along its lifecycle. */
export type AppointmentIdInput = {
  /** Appointment. */
  id: string | number;
};

/** Where an appointment is in its life. */
export type AppointmentStatus =
  | 'CANCELLED'
  | 'CANCELLED_PRACTITIONER_ABSENT'
  | 'CHECKED_IN'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'IN_PROGRESS'
  | 'NO_SHOW'
  | 'SCHEDULED';

/** How the patient arrived. */
export type ArrivalMode =
  | 'AMBULANCE'
  | 'FIRE_BRIGADE'
  | 'POLICE'
  | 'SMUR'
  | 'WALK_IN';

/** The nurses of a ward for one shift; replaces that shift’s list. */
export type AssignNursesInput = {
  /** The day the shift starts on. */
  date: string;
  /** Nurses’ accounts. */
  nurseUserIds: Array<string | number>;
  /** The shift. */
  shift: Shift;
  /** The ward. */
  wardId: string | number;
};

/** Narrows the audit log. */
export type AuditEventFilter = {
  /** Only this action, e.g. `login`. */
  action?: string | null | undefined;
  /** Only what this account did. */
  actorId?: string | number | null | undefined;
  /** From this instant. */
  from?: string | null | undefined;
  /** Only this outcome. */
  outcome?: AuditOutcome | null | undefined;
  /** Only what concerned this patient. */
  patientId?: string | number | null | undefined;
  /** Before this instant. */
  to?: string | null | undefined;
};

/** Whether the audited action succeeded. */
export type AuditOutcome =
  | 'DENIED'
  | 'FAILURE'
  | 'SUCCESS';

/** An absence, or an extra session. */
export type AvailabilityExceptionKind =
  | 'ABSENCE'
  | 'EXTRA';

/** Housekeeping state set by staff: ready, to clean, out of service. */
export type BedCondition =
  | 'OUT_OF_SERVICE'
  | 'READY'
  | 'TO_CLEAN';

/** A bed. */
export type BedIdInput = {
  /** The bed. */
  bedId: string | number;
};

/** What a bed is now: free, occupied, reserved, to clean, out of service. */
export type BedStatus =
  | 'FREE'
  | 'OCCUPIED'
  | 'OUT_OF_SERVICE'
  | 'RESERVED'
  | 'TO_CLEAN';

/** ABO group and Rhesus factor. */
export type BloodGroup =
  | 'AB_NEG'
  | 'AB_POS'
  | 'A_NEG'
  | 'A_POS'
  | 'B_NEG'
  | 'B_POS'
  | 'O_NEG'
  | 'O_POS';

/** A booking. */
export type BookAppointmentInput = {
  /** Length; defaults to the practitioner’s. */
  durationMinutes?: number | null | undefined;
  /** Required to book outside the sessions (reception or the doctor only). */
  outsideSessionReason?: string | null | undefined;
  /** Patient (a patient books for themselves). */
  patientId: string | number;
  /** Practitioner. */
  practitionerId: string | number;
  /** Reason for the visit. */
  reason: string;
  /** Start. */
  startsAt: string;
};

/** An admission entered in error. */
export type CancelAdmissionInput = {
  /** The admission. */
  admissionId: string | number;
  /** Reason. */
  reason: string;
};

/** A cancellation. */
export type CancelAppointmentInput = {
  /** Appointment. */
  id: string | number;
  /** Why. */
  reason: string;
};

/** R4: the practitioner cannot see anyone in this period. */
export type CancelPractitionerDayInput = {
  /** From. */
  from: string;
  /** Practitioner. */
  practitionerId: string | number;
  /** Why. */
  reason: string;
  /** To. */
  to: string;
};

/** Something an account may do; derived from the API’s own authorization rules. */
export type Capability =
  | 'ADD_CARE_NOTES'
  | 'ADJUST_STOCK'
  | 'ADMIT_PATIENTS'
  | 'AMEND_EMERGENCY_CASE'
  | 'ASSIGN_NURSES'
  | 'BILL_PATIENTS'
  | 'BOOK_APPOINTMENTS'
  | 'CHECK_IN_PATIENTS'
  | 'CLOSE_CASH_UP'
  | 'CLOSE_EMERGENCY_CASE'
  | 'DISPENSE_STOCK'
  | 'EDIT_PATIENTS'
  | 'ENTER_LAB_RESULTS'
  | 'GIVE_MEDICATION'
  | 'KEEP_WORKING_HOURS'
  | 'MAINTAIN_WARDS'
  | 'MANAGE_AVAILABILITY'
  | 'MANAGE_STAFF_HOURS'
  | 'MANAGE_USERS'
  | 'MERGE_PATIENTS'
  | 'MOVE_EMERGENCY_CASE'
  | 'OPEN_EMERGENCY_ACCESS'
  | 'ORDER_LAB_TESTS'
  | 'PRESCRIBE'
  | 'READ_ALL_FIGURES'
  | 'READ_AUDIT'
  | 'READ_BED_BOARD'
  | 'READ_BED_CLINICAL'
  | 'READ_CARE_NOTES'
  | 'READ_CHART'
  | 'READ_DASHBOARD'
  | 'READ_DAY_BOARD'
  | 'READ_DISPENSING_WORKLIST'
  | 'READ_EMERGENCY_CASE'
  | 'READ_EMERGENCY_CLINICAL'
  | 'READ_EMERGENCY_FIGURES'
  | 'READ_EMERGENCY_QUEUE'
  | 'READ_MY_INVOICES'
  | 'READ_MY_PATIENTS'
  | 'READ_MY_ROUND'
  | 'READ_PATIENT_CLINICAL'
  | 'READ_PATIENT_CONTACT'
  | 'READ_PATIENT_INSURANCE'
  | 'READ_PROPOSED_LOT'
  | 'READ_STOCK_ALERTS'
  | 'READ_STOCK_ITEMS'
  | 'READ_STOCK_LEVELS'
  | 'READ_STOCK_MOVEMENTS'
  | 'READ_STOCK_PRICES'
  | 'READ_STOCK_VALUATION'
  | 'READ_TARIFFS'
  | 'READ_VISIT_HISTORY'
  | 'RECALL_LOTS'
  | 'RECEIVE_STOCK'
  | 'RECORD_ALLERGIES'
  | 'RECORD_VITALS'
  | 'REGISTER_EMERGENCY_ARRIVAL'
  | 'REGISTER_PATIENTS'
  | 'REVIEW_EMERGENCY_ACCESS'
  | 'SEARCH_PATIENTS'
  | 'SET_BED_STATUS'
  | 'SET_CARE_TEAM'
  | 'SET_TARIFFS'
  | 'TAKE_EMERGENCY_CASE'
  | 'TAKE_PAYMENTS'
  | 'TRACE_LOTS'
  | 'TRANSFER_STOCK'
  | 'TRIAGE_EMERGENCY'
  | 'WRITE_DISCHARGE_SUMMARY'
  | 'WRITE_OFF_STOCK'
  | 'WRITE_VISIT_NOTES';

/** What a care note is about. */
export type CareNoteCategory =
  | 'EDUCATION'
  | 'ELIMINATION'
  | 'HANDOVER'
  | 'HYGIENE'
  | 'MOBILITY'
  | 'NUTRITION'
  | 'OBSERVATION'
  | 'OTHER'
  | 'PAIN'
  | 'PSYCHOSOCIAL'
  | 'WOUND_CARE';

/** A password change by the account holder. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: string;
  /** The new password: 12 to 128 characters, not common. */
  newPassword: string;
};

/** Coded chief complaint (named by the PWA in French and English). */
export type ChiefComplaint =
  | 'ABDOMINAL_PAIN'
  | 'ALLERGIC_REACTION'
  | 'ALTERED_CONSCIOUSNESS'
  | 'BACK_PAIN'
  | 'BREATHLESSNESS'
  | 'BURN'
  | 'CARDIAC_ARREST'
  | 'CHEST_PAIN'
  | 'ENT'
  | 'EYE'
  | 'FEVER'
  | 'GI_BLEEDING'
  | 'HEADACHE'
  | 'HEAD_INJURY'
  | 'LIMB_INJURY'
  | 'MAJOR_TRAUMA'
  | 'MALAISE'
  | 'OTHER'
  | 'PALPITATIONS'
  | 'POISONING'
  | 'PREGNANCY'
  | 'PSYCHIATRIC'
  | 'SEIZURE'
  | 'SKIN'
  | 'STROKE_SIGNS'
  | 'URINARY'
  | 'VOMITING_DIARRHOEA'
  | 'WOUND';

/** Kind of clinical record entry. */
export type ClinicalEntryKind =
  | 'ADMINISTRATION'
  | 'ATTACHMENT'
  | 'CARE_NOTE'
  | 'DIAGNOSIS'
  | 'ENCOUNTER'
  | 'LAB_ORDER'
  | 'LAB_RESULT'
  | 'PRESCRIPTION'
  | 'VITALS';

/** A cashier closes the drawer with the cash counted. */
export type CloseCashDayInput = {
  /** Cash counted in the drawer, in minor units. */
  countedCashMinor: number;
  /** Id made by the client (write-once: a retry records once). */
  id: string | number;
  /** Required when the count differs. */
  note?: string | null | undefined;
};

/** The outcome of a case, which closes it. */
export type CloseEmergencyCaseInput = {
  /** For ADMITTED: the bed; the stay begins as the case closes. */
  admission?: EmergencyAdmissionInput | null | undefined;
  /** When; now by default. */
  at?: string | null | undefined;
  /** The case. */
  caseId: string | number;
  /** Closing note. */
  note?: string | null | undefined;
  /** Outcome. */
  outcome: EmergencyOutcome;
  /** For TRANSFERRED: the facility. */
  transferTo?: string | null | undefined;
};

/** Closing one’s own portal account: the password again, and a yes. */
export type CloseMyAccountInput = {
  /** True: the patient read that sign-in ends and the medical record is kept. */
  confirm: boolean;
  /** The account’s current password. */
  password: string;
};

/** Specimens collected for these orders. */
export type CollectLabSpecimensInput = {
  /** Collected at; default now. */
  collectedAt?: string | null | undefined;
  /** The orders. */
  orderIds: Array<string | number>;
};

/** Ends a visit. */
export type CompleteEncounterInput = {
  /** End; default now. */
  endedAt?: string | null | undefined;
  /** The visit. */
  id: string | number;
};

/** ACVPU level. */
export type Consciousness =
  | 'ALERT'
  | 'CONFUSION'
  | 'PAIN'
  | 'UNRESPONSIVE'
  | 'VOICE';

/** The entry this one corrects, which is marked entered in error. */
export type CorrectionInput = {
  /** Entry being corrected (same patient, same kind). */
  id: string | number;
  /** Why it was wrong. */
  reason: string;
};

/** A visit opened by a doctor. */
export type CreateEncounterInput = {
  /** Appointment honoured, if any. */
  appointmentId?: string | number | null | undefined;
  /** SOAP: assessment. */
  assessment?: string | null | undefined;
  /** Visit note this one corrects. */
  corrects?: CorrectionInput | null | undefined;
  /** Kind of visit. */
  kind: EncounterKind;
  /** SOAP: objective. */
  objective?: string | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** SOAP: plan. */
  plan?: string | null | undefined;
  /** Reason for the visit. */
  reason: string;
  /** Start; default now. */
  startedAt?: string | null | undefined;
  /** SOAP: subjective. */
  subjective?: string | null | undefined;
};

/** A draft invoice of some of a patient’s unbilled charges. */
export type CreateInvoiceInput = {
  /** The charges to bill (1-200). */
  chargeIds: Array<string | number>;
  /** Id made by the client (write-once: a retry records once). */
  id: string | number;
  /** The patient. */
  patientId: string | number;
};

/** A new patient registered by reception. */
export type CreatePatientInput = {
  /** Postal address. */
  address?: AddressInput | null | undefined;
  /** Administrative notes. */
  administrativeNotes?: string | null | undefined;
  /** Date of birth (YYYY-MM-DD). */
  birthDate: string;
  /** Blood group, when known. */
  bloodGroup?: BloodGroup | null | undefined;
  /** Create even though possible duplicates were shown; requires duplicateReason. */
  confirmDuplicate?: boolean | null | undefined;
  /** Why this is a different person from the candidates shown (audited). */
  duplicateReason?: string | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** Emergency contact. */
  emergencyContact?: EmergencyContactInput | null | undefined;
  /** Family name, as on the identity document. */
  familyName: string;
  /** Given name(s). */
  givenNames: string;
  /** Height in centimetres. */
  heightCm?: number | null | undefined;
  /** Health insurance. */
  insurance?: InsuranceInput | null | undefined;
  /** Main phone number. */
  phone?: string | null | undefined;
  /** Preferred language (ISO 639-1). */
  preferredLanguage?: string | null | undefined;
  /** Other phone number. */
  secondaryPhone?: string | null | undefined;
  /** Administrative sex. */
  sex: Sex;
  /** Weight in kilograms. */
  weightKg?: number | null | undefined;
};

/** A staff account created by an administrator. */
export type CreateUserInput = {
  /** Sign-in email. */
  email: string;
  /** Family name. */
  familyName: string;
  /** Given name(s). */
  givenName: string;
  /** Job title. */
  jobTitle?: string | null | undefined;
  /** Interface language. */
  locale?: Locale | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Staff role (patients register themselves). */
  role: Role;
};

/** CSV field separator (SEMICOLON for French spreadsheets; decimals then use a comma). */
export type CsvSeparator =
  | 'COMMA'
  | 'SEMICOLON';

/** Primary or secondary. */
export type DiagnosisRank =
  | 'PRIMARY'
  | 'SECONDARY';

/** Whether the problem is still active. */
export type DiagnosisStatus =
  | 'ACTIVE'
  | 'RESOLVED';

/** An offline entry the server refused and its author chose to discard. */
export type DiscardOfflineEntryInput = {
  /** When it was entered on the device. */
  enteredAt: string;
  /** The entry’s device-made id (the write-once key it was sent under). */
  id: string | number;
  /** What the entry was. */
  kind: OfflineEntryKind;
  /** The patient it was about. */
  patientId: string | number;
  /** Why it is discarded (required). */
  reason: string;
  /** Why the server had refused it (`extensions.reason` or code), as the device kept it. */
  refusal?: string | null | undefined;
};

/** Where the patient went. */
export type DischargeDestination =
  | 'AGAINST_ADVICE'
  | 'DECEASED'
  | 'HOME'
  | 'TRANSFER';

/** The end of a stay. */
export type DischargePatientInput = {
  /** The admission. */
  admissionId: string | number;
  /** When; now by default. */
  at?: string | null | undefined;
  /** Where the patient goes. */
  destination: DischargeDestination;
  /** Discharge summary (doctors). */
  summary?: string | null | undefined;
};

/** A dispensing: to a patient (against a prescription), or to a ward. */
export type DispenseInput = {
  /** Where the units are taken from. */
  fromLocationId: string | number;
  /** Id made by the client for this operation (write-once). */
  id: string | number;
  /** The catalogue item. */
  itemId: string | number;
  /** Why this lot: required when it is not the first-expiring one. */
  lotChoiceReason?: string | null | undefined;
  /** A lot to take; first-expiring lots by default. */
  lotId?: string | number | null | undefined;
  /** The patient (or give toLocationId). */
  patientId?: string | number | null | undefined;
  /** The prescription dispensed against. */
  prescriptionId?: string | number | null | undefined;
  /** Units of issue to dispense. */
  quantity: number;
  /** A ward’s stock (or give patientId). */
  toLocationId?: string | number | null | undefined;
};

/** State of a scheduled dose. */
export type DoseState =
  | 'DUE'
  | 'GIVEN'
  | 'HELD'
  | 'LATE'
  | 'MISSED'
  | 'REFUSED';

/** Why an existing patient may be the same person. */
export type DuplicateReason =
  | 'SAME_INSURANCE_NUMBER'
  | 'SAME_PHONE'
  | 'SIMILAR_NAME_SAME_BIRTH_DATE';

/** A manager’s verdict on an emergency access. */
export type EmergencyAccessDecision =
  /** Justified; nothing to follow up. */
  | 'ACKNOWLEDGED'
  /** To follow up (possible misuse); a note is required. */
  | 'FLAGGED';

/** Where an emergency access stands in the managers’ review. */
export type EmergencyAccessStatus =
  /** A manager found it justified. */
  | 'ACKNOWLEDGED'
  /** A manager flagged it for follow-up (possible misuse). */
  | 'FLAGGED'
  /** Not reviewed yet. */
  | 'PENDING';

/** The admission an emergency case ends in. */
export type EmergencyAdmissionInput = {
  /** Attending doctor; the closing doctor if none. */
  attendingUserId?: string | number | null | undefined;
  /** A free bed. */
  bedId: string | number;
  /** Expected length of stay, in days. */
  expectedDays?: number | null | undefined;
  /** Reason for admission. */
  reason: string;
};

/** Where in the department the patient is. */
export type EmergencyArea =
  | 'BOX'
  | 'CORRIDOR'
  | 'RESUS'
  | 'WAITING_ROOM';

/** Person to call in an emergency. */
export type EmergencyContactInput = {
  /** Full name. */
  name?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Relation to the patient. */
  relation?: string | null | undefined;
};

/** How an emergency case ended. */
export type EmergencyOutcome =
  | 'ADMITTED'
  | 'DECEASED'
  | 'DISCHARGED'
  | 'LEFT_WITHOUT_BEING_SEEN'
  | 'TRANSFERRED';

/** Where an emergency case stands. */
export type EmergencyStatus =
  | 'AWAITING_DECISION'
  | 'CLOSED'
  | 'IN_TRIAGE'
  | 'WAITING'
  | 'WAITING_FOR_DOCTOR'
  | 'WITH_DOCTOR';

/** Kind of visit. */
export type EncounterKind =
  | 'CONSULTATION'
  | 'EMERGENCY'
  | 'INPATIENT'
  | 'TELECONSULTATION'
  | 'WARD_ROUND';

/** Open or completed. */
export type EncounterStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS';

/** The result of one order. */
export type EnterLabResultInput = {
  /** Text result judged abnormal. */
  abnormal?: boolean | null | undefined;
  /** Comment. */
  comment?: string | null | undefined;
  /** Required when the order already has a result: it is replaced, not overwritten. */
  correctionReason?: string | null | undefined;
  /** The order. */
  orderId: string | number;
  /** Numeric value (numeric tests). */
  valueNumeric?: number | null | undefined;
  /** Text value (text tests). */
  valueText?: string | null | undefined;
};

/** Health insurance cover. */
export type InsuranceInput = {
  /** Member number with that payer. */
  memberNumber?: string | null | undefined;
  /** Insurer or scheme. */
  payer?: string | null | undefined;
};

/** An invoice or a credit note. */
export type InvoiceKind =
  | 'CREDIT_NOTE'
  | 'INVOICE';

/** Where an invoice is in its life. */
export type InvoiceStatus =
  | 'CANCELLED'
  | 'DISCARDED'
  | 'DRAFT'
  | 'ISSUED'
  | 'PAID'
  | 'PARTIALLY_PAID';

/** A credit note cancelling an issued invoice that has no payment left. */
export type IssueCreditNoteInput = {
  /** Id made by the client for the credit note (write-once). */
  id: string | number;
  /** The invoice to cancel. */
  invoiceId: string | number;
  /** Why it is cancelled. */
  reason: string;
};

/** Ordered → specimen collected → resulted → validated, or cancelled. */
export type LabOrderStatus =
  | 'CANCELLED'
  | 'ORDERED'
  | 'RESULTED'
  | 'SPECIMEN_COLLECTED'
  | 'VALIDATED';

/** Routine or urgent. */
export type LabPriority =
  | 'ROUTINE'
  | 'URGENT';

/** A supported interface language. */
export type Locale =
  | 'en'
  | 'fr';

/** Credentials to sign in. */
export type LoginInput = {
  /** Account email. */
  email: string;
  /** Account password. */
  password: string;
};

/** Active, or recalled. */
export type LotStatus =
  | 'ACTIVE'
  | 'RECALLED';

/** Why a mail was written. */
export type MailKind =
  | 'APPOINTMENT_REMINDER'
  | 'EMAIL_VERIFICATION'
  | 'PASSWORD_RESET';

/** Where an outgoing mail is: waiting, handed over, or given up on. */
export type MailStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

/** Marks an entry entered in error, without replacing it. */
export type MarkEnteredInErrorInput = {
  /** The entry. */
  id: string | number;
  /** Kind of entry. */
  kind: ClinicalEntryKind;
  /** Why it was wrong. */
  reason: string;
};

/** The notification to mark read. */
export type MarkNotificationReadInput = {
  /** Notification id. */
  id: string | number;
};

/** Route of a drug. */
export type MedicationRoute =
  | 'IM'
  | 'INHALED'
  | 'IV'
  | 'NASAL'
  | 'OPHTHALMIC'
  | 'ORAL'
  | 'OTHER'
  | 'RECTAL'
  | 'SC'
  | 'SUBLINGUAL'
  | 'TOPICAL'
  | 'TRANSDERMAL';

/** Two records of one person: the duplicate is merged into the survivor. */
export type MergePatientsInput = {
  /** The record merged away (kept, marked MERGED). */
  duplicateId: string | number;
  /** Why they are the same person (audited). */
  reason: string;
  /** The record that stays. */
  survivorId: string | number;
};

/** A change of place or step of an open case. */
export type MoveEmergencyCaseInput = {
  /** Area. */
  area?: EmergencyArea | null | undefined;
  /** Box or place; empty clears it. */
  areaLabel?: string | null | undefined;
  /** The case. */
  caseId: string | number;
  /** Next step: IN_TRIAGE, AWAITING_DECISION, or back WITH_DOCTOR. */
  status?: EmergencyStatus | null | undefined;
};

/** What a line of the stock ledger records. */
export type MovementKind =
  | 'ADJUSTMENT'
  | 'CONSUMPTION'
  | 'DISPENSE'
  | 'RECEIPT'
  | 'RETURN'
  | 'TRANSFER'
  | 'WRITE_OFF';

/** NEWS2 clinical risk band. */
export type News2Risk =
  | 'HIGH'
  | 'LOW'
  | 'LOW_MEDIUM'
  | 'MEDIUM';

/** What a notification tells; its `params` hold what the message needs. */
export type NotificationKind =
  /** An appointment was booked for the patient: `startsAt`, `practitionerName`. */
  | 'APPOINTMENT_BOOKED'
  /** The patient’s appointment was cancelled: `startsAt`, `practitionerName`. */
  | 'APPOINTMENT_CANCELLED'
  /** The practitioner is absent (R4); reception will call: `startsAt`, `practitionerName`. */
  | 'APPOINTMENT_CANCELLED_PRACTITIONER'
  /** The practitioner runs late (R3): `startsAt`, `previousStartsAt`, `delayMinutes`, `practitionerName`. */
  | 'APPOINTMENT_DELAYED'
  /** The patient’s appointment was moved: `startsAt`, `previousStartsAt`, `practitionerName`. */
  | 'APPOINTMENT_MOVED'
  /** A clinician broke the glass, to review: `accessId`, `patientName`, `clinicianName`, `expiresAt`. */
  | 'EMERGENCY_ACCESS_OPENED'
  /** A result of an ordered test: `patientId`, `patientName`, `testNameFr`, `testNameEn`, `valueNumeric`, `valueText`, `unit`, `flag`, `corrected`. */
  | 'LAB_RESULT'
  /** A critical result of an ordered test; parameters as `LAB_RESULT`. */
  | 'LAB_RESULT_CRITICAL'
  /** A lot your inpatient received was recalled: `patientId`, `patientName`, `lotId`, `lotNumber`, `itemNameFr`, `itemNameEn`, `reason`. */
  | 'LOT_RECALLED'
  /** Vital signs scored a high NEWS2: `patientId`, `patientName`, `score`. */
  | 'NEWS2_HIGH'
  /** Vital signs scored a medium NEWS2: `patientId`, `patientName`, `score`. */
  | 'NEWS2_MEDIUM'
  /** Reception has patients to call after an absence (R4): `count`, `practitionerName`. */
  | 'PATIENTS_TO_CALL'
  /** New stock alerts for the pharmacy: `belowReorderLevel`, `expiring`, `expiredOnHand` (counts). */
  | 'STOCK_ALERTS'
  /** An earlier slot is offered from the waiting list: `startsAt`, `expiresAt`, `practitionerName`. */
  | 'WAITLIST_OFFER';

/** The kind of a bedside entry written on a device without network. */
export type OfflineEntryKind =
  /** A care note. */
  | 'CARE_NOTE'
  /** A medication administration. */
  | 'DOSE'
  /** A set of vital signs. */
  | 'VITALS';

/** Opening a patient’s record in an emergency, with the reason. */
export type OpenEmergencyAccessInput = {
  /** The patient whose record is needed. */
  patientId: string | number;
  /** Why the record is needed now (at least 10 characters); reviewed by a manager. */
  reason: string;
};

/** Lab tests ordered together. */
export type OrderLabTestsInput = {
  /** Clinical information for the lab. */
  clinicalInfo?: string | null | undefined;
  /** The visit. */
  encounterId?: string | number | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** Default routine. */
  priority?: LabPriority | null | undefined;
  /** Catalogue codes, e.g. ["NA", "K", "CREA"]. */
  testCodes: Array<string>;
};

/** What is known of a person about to be registered. */
export type PatientDuplicatesInput = {
  /** Date of birth. */
  birthDate?: string | null | undefined;
  /** A record to leave out (the one being edited). */
  excludeId?: string | number | null | undefined;
  /** Family name. */
  familyName?: string | null | undefined;
  /** Given name(s). */
  givenNames?: string | null | undefined;
  /** Insurance member number. */
  insuranceMemberNumber?: string | null | undefined;
  /** Main phone number. */
  phone?: string | null | undefined;
  /** Other phone number. */
  secondaryPhone?: string | null | undefined;
};

/** Active, deceased, or merged into another record. */
export type PatientStatus =
  | 'ACTIVE'
  | 'DECEASED'
  | 'MERGED';

/** How money was paid. */
export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH'
  | 'INSURANCE'
  | 'MOBILE_MONEY';

/** A prescription. */
export type PrescribeInput = {
  /** Required to prescribe something matching an active allergy; audited. */
  allergyOverrideReason?: string | null | undefined;
  /** As needed (no schedule). */
  asNeeded?: boolean | null | undefined;
  /** Prescription this corrects. */
  corrects?: CorrectionInput | null | undefined;
  /** Dose per administration. */
  dose: number;
  /** Dose unit. */
  doseUnit: string;
  /** Duration in days from the start. */
  durationDays?: number | null | undefined;
  /** The visit. */
  encounterId?: string | number | null | undefined;
  /** End (or give a duration). */
  endAt?: string | null | undefined;
  /** Form. */
  form?: string | null | undefined;
  /** Instructions. */
  instructions?: string | null | undefined;
  /** Or: hours between doses (1-168). */
  intervalHours?: number | null | undefined;
  /** Medication (INN preferred). */
  medicationName: string;
  /** The patient. */
  patientId: string | number;
  /** Route. */
  route: MedicationRoute;
  /** Times of day, HH:MM (hospital time). */
  scheduleTimes?: Array<string> | null | undefined;
  /** Start; default now. */
  startAt?: string | null | undefined;
  /** The pharmacy catalogue item; omit for a free-text medicine. */
  stockItemId?: string | number | null | undefined;
  /** Strength. */
  strength?: string | null | undefined;
  /** Units of issue one dose takes (1 to 1000); default 1, only with stockItemId. */
  unitsPerDose?: number | null | undefined;
};

/** Active, completed (end reached) or stopped. */
export type PrescriptionStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'STOPPED';

/** A price for a charge not invoiced yet. */
export type PriceChargeInput = {
  /** The charge. */
  chargeId: string | number;
  /** Why (no tariff, a correction). */
  reason: string;
  /** Price of one unit, in minor units. */
  unitMinor: number;
};

/** A manufacturer’s recall of a lot. */
export type RecallLotInput = {
  /** The lot. */
  lotId: string | number;
  /** Why: the recall notice (required). */
  reason: string;
};

/** A delivery received from a supplier. */
export type ReceiveStockInput = {
  /** Id made by the client for this operation (write-once). */
  id: string | number;
  /** The delivery’s lines (1 to 200). */
  lines: Array<ReceiveStockLineInput>;
  /** Where it is received; the central pharmacy by default. */
  locationId?: string | number | null | undefined;
  /** Who delivered it. */
  supplier: string;
};

/** One line of a delivery: an item, its lot and how many units. */
export type ReceiveStockLineInput = {
  /** Last day the lot may be used. */
  expiryDate: string;
  /** The catalogue item. */
  itemId: string | number;
  /** Lot number as printed on the box. */
  lotNumber: string;
  /** Units of issue received. */
  quantity: number;
  /** Cost of one unit of issue, in cents. */
  unitCostCents: number;
};

/** An allergy or intolerance to record. */
export type RecordAllergyInput = {
  /** Allergy (default) or intolerance. */
  kind?: AllergyKind | null | undefined;
  /** Free-text note. */
  note?: string | null | undefined;
  /** When it started, if known. */
  onsetDate?: string | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** Reaction observed. */
  reaction?: string | null | undefined;
  /** Severity. */
  severity: AllergySeverity;
  /** Substance, drug or food. */
  substance: string;
};

/** What happened to one dose. Safe to send again with the same id. */
export type RecordMedicationAdministrationInput = {
  /** Given at; default now. */
  administeredAt?: string | null | undefined;
  /** Record anyway a dose the prescription was stopped before (refused as PRESCRIPTION_STOPPED otherwise): why. Kept on the record and shown. */
  afterStopReason?: string | null | undefined;
  /** Record this one corrects. */
  corrects?: CorrectionInput | null | undefined;
  /** Dose given; default the prescribed dose. */
  dose?: number | null | undefined;
  /** Unit; default the prescribed unit. */
  doseUnit?: string | null | undefined;
  /** Device-generated UUID of the new record: the same request sent again returns the first; another request under it is a CONFLICT. */
  id: string | number;
  /** The lot given (scanned or chosen); default the first-expiring lot of the ward’s stock. Expired: LOT_EXPIRED; recalled: LOT_RECALLED. */
  lotId?: string | number | null | undefined;
  /** The prescription. */
  prescriptionId: string | number;
  /** Required when held, refused or missed. */
  reason?: string | null | undefined;
  /** Route; default prescribed. */
  route?: MedicationRoute | null | undefined;
  /** The scheduled dose (from medicationSchedule); omit for an as-needed dose. */
  scheduledAt?: string | null | undefined;
  /** Given, held, refused or missed. */
  status: AdministrationStatus;
};

/** A clinician states that the patient has no known allergies. */
export type RecordNoKnownAllergiesInput = {
  /** The patient. */
  patientId: string | number;
};

/** A payment towards an issued invoice (R10). */
export type RecordPaymentInput = {
  /** Amount in minor units (1 or more, at most what is owed). */
  amountMinor: number;
  /** Id made when the payment sheet opened: the idempotency key. */
  id: string | number;
  /** The invoice. */
  invoiceId: string | number;
  /** How it is paid; INSURANCE pays the insurer’s share. */
  method: PaymentMethod;
  /** Card slip, transfer or mobile-money reference (required for those). */
  reference?: string | null | undefined;
};

/** A set of vital signs; at least one measurement. */
export type RecordVitalsInput = {
  /** ACVPU. */
  consciousness?: Consciousness | null | undefined;
  /** Set this one corrects. */
  corrects?: CorrectionInput | null | undefined;
  /** Diastolic mmHg. */
  diastolicBp?: number | null | undefined;
  /** The visit. */
  encounterId?: string | number | null | undefined;
  /** Blood glucose mmol/L. */
  glucoseMmolL?: number | null | undefined;
  /** Heart rate /min. */
  heartRate?: number | null | undefined;
  /** Height cm. */
  heightCm?: number | null | undefined;
  /** Device-generated UUID of the new set: the same request sent again returns the first; another request under it is a CONFLICT. */
  id: string | number;
  /** On oxygen. */
  onOxygen?: boolean | null | undefined;
  /** Pain 0-10. */
  painScore?: number | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** Respiratory rate /min. */
  respiratoryRate?: number | null | undefined;
  /** SpO2 %. */
  spo2?: number | null | undefined;
  /** Score SpO2 on NEWS2 scale 2. */
  spo2Scale2?: boolean | null | undefined;
  /** Systolic mmHg. */
  systolicBp?: number | null | undefined;
  /** Taken at; default now. */
  takenAt?: string | null | undefined;
  /** Temperature °C. */
  temperatureC?: number | null | undefined;
  /** Weight kg. */
  weightKg?: number | null | undefined;
};

/** Money given back on a payment. */
export type RefundPaymentInput = {
  /** Amount given back, in minor units (positive). */
  amountMinor: number;
  /** Id made by the client (write-once: a retry records once). */
  id: string | number;
  /** The payment refunded. */
  paymentId: string | number;
  /** Why. */
  reason: string;
};

/** An arrival: a known patient, or an unknown one (exactly one). */
export type RegisterEmergencyArrivalInput = {
  /** Arrival; now by default. */
  arrivedAt?: string | null | undefined;
  /** Chief complaint, coded. */
  complaint: ChiefComplaint;
  /** Chief complaint in words. */
  complaintText?: string | null | undefined;
  /** How the patient arrived. */
  mode: ArrivalMode;
  /** The patient, found in the registry. */
  patientId?: string | number | null | undefined;
  /** An unidentified patient: a temporary record is created. */
  unknown?: UnknownPatientInput | null | undefined;
};

/** A patient creating their own account. */
export type RegisterPatientInput = {
  /** Date of birth (YYYY-MM-DD). */
  birthDate: string;
  /** Email, used to sign in. */
  email: string;
  /** Family name. */
  familyName: string;
  /** Given name(s). */
  givenNames: string;
  /** Preferred language. */
  locale?: Locale | null | undefined;
  /** Password: 12 to 128 characters, not common. */
  password: string;
  /** Phone number. */
  phone: string;
  /** Administrative sex. */
  sex: Sex;
};

/** The exception to remove. */
export type RemoveAvailabilityExceptionInput = {
  /** Exception id. */
  id: string | number;
};

/** R3: the practitioner is running late. */
export type ReportDelayInput = {
  /** Minutes late (1–240). */
  minutes: number;
  /** Practitioner. */
  practitionerId: string | number;
};

/** A dashboard section as CSV, or the period’s PDF summary. */
export type ReportExportKind =
  | 'APPOINTMENTS'
  | 'DEMOGRAPHICS'
  | 'EMERGENCY'
  | 'EXPENSES'
  | 'OCCUPANCY'
  | 'REVENUE'
  | 'SUMMARY_PDF';

/** A period of days in the hospital’s time zone, both ends included. */
export type ReportPeriodInput = {
  /** First day. */
  from: string;
  /** Last day (included). */
  to: string;
};

/** A request for an earlier slot. */
export type RequestWaitlistInput = {
  /** Earliest day. */
  fromDate: string;
  /** Patient (a patient asks for themselves). */
  patientId: string | number;
  /** This practitioner… */
  practitionerId?: string | number | null | undefined;
  /** Reason for the visit. */
  reason?: string | null | undefined;
  /** …or anyone of this specialty. */
  specialty?: string | null | undefined;
  /** Latest day. */
  toDate: string;
};

/** A move to another time. */
export type RescheduleAppointmentInput = {
  /** New length. */
  durationMinutes?: number | null | undefined;
  /** Appointment. */
  id: string | number;
  /** Reason to move outside the sessions. */
  outsideSessionReason?: string | null | undefined;
  /** New start. */
  startsAt: string;
  /** Version read; a stale one answers CONFLICT. */
  version?: number | null | undefined;
};

/** A reservation. */
export type ReservationIdInput = {
  /** The reservation. */
  reservationId: string | number;
};

/** A bed held for a planned admission. */
export type ReserveBedInput = {
  /** The bed. */
  bedId: string | number;
  /** Note for the admitting team. */
  note?: string | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** Planned admission time. */
  plannedFor: string;
};

/** A new password chosen from a mailed reset link. */
export type ResetPasswordInput = {
  /** The new password: 12 to 128 characters, not common. */
  newPassword: string;
  /** The token of the link (`/reset-password?token=…`). */
  token: string;
};

/** The account whose password an administrator resets. */
export type ResetUserPasswordInput = {
  /** The account. */
  id: string;
};

/** Marks a diagnosis resolved. */
export type ResolveDiagnosisInput = {
  /** The diagnosis. */
  id: string | number;
};

/** Result against its reference range. */
export type ResultFlag =
  | 'ABNORMAL'
  | 'CRITICAL_HIGH'
  | 'CRITICAL_LOW'
  | 'HIGH'
  | 'LOW'
  | 'NORMAL';

/** A manager’s review of one emergency access. */
export type ReviewEmergencyAccessInput = {
  /** The verdict. */
  decision: EmergencyAccessDecision;
  /** The emergency access. */
  id: string | number;
  /** What the reviewer found; required when flagging. */
  note?: string | null | undefined;
};

/** The single role an account holds. */
export type Role =
  | 'ADMIN'
  | 'CASHIER'
  | 'DOCTOR'
  | 'LAB_TECHNICIAN'
  | 'MANAGER'
  | 'NURSE'
  | 'PATIENT'
  | 'PHARMACIST'
  | 'RECEPTIONIST';

/** Single, double or multi-bed room. */
export type RoomKind =
  | 'DOUBLE'
  | 'MULTI'
  | 'SINGLE';

/** A new room, or changes to one (with its id). */
export type SaveRoomInput = {
  /** Stable identifier. */
  id?: string | number | null | undefined;
  /** Whether the room can isolate a patient. */
  isolationCapable?: boolean | null | undefined;
  /** Kind of room. */
  kind: RoomKind;
  /** Room number. */
  number: string;
  /** The ward. */
  wardId: string | number;
};

/** A new ward, or changes to one (with its id). */
export type SaveWardInput = {
  /** Floor or building. */
  floor: string;
  /** The ward to change; none creates one. */
  id?: string | number | null | undefined;
  /** Name. */
  name: string;
  /** Service or specialty. */
  service: string;
  /** Which patients it takes. */
  sexPolicy: SexPolicy;
};

/** One weekly session. */
export type SessionInput = {
  /** Local end, HH:MM. */
  endTime: string;
  /** Slot length in minutes. */
  slotMinutes: number;
  /** Local start, HH:MM. */
  startTime: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
};

/** A bed’s new housekeeping state. */
export type SetBedStatusInput = {
  /** The bed. */
  bedId: string | number;
  /** New housekeeping state. */
  condition: BedCondition;
  /** Why (required out of service). */
  reason?: string | null | undefined;
};

/** How an insurer covers a kind of act: a percentage or a fixed amount. */
export type SetCoverageInput = {
  /** The kind of act. */
  actKind: ActKind;
  /** Or a fixed amount per unit, in minor units. */
  fixedMinor?: number | null | undefined;
  /** The insurer, as written on patients’ records. */
  payer: string;
  /** Percentage the insurer pays (0-100). */
  percent?: number | null | undefined;
};

/** The caller’s whole working week; it replaces the previous one. */
export type SetMyWorkingHoursInput = {
  /** Spans; empty clears the week. */
  spans: Array<WorkingHoursSpanInput>;
};

/** A staff member’s whole working week, set by a manager or admin. */
export type SetStaffWorkingHoursInput = {
  /** Spans; empty clears the week. */
  spans: Array<WorkingHoursSpanInput>;
  /** The staff member’s account. */
  userId: string | number;
};

/** A new price for a billable act from a day on. */
export type SetTariffInput = {
  /** The kind of act. */
  actKind: ActKind;
  /** Price of one unit, in minor units. */
  amountMinor: number;
  /** Which act: a specialty, a lab test code, a ward id, a procedure code; `*` for any. */
  code: string;
  /** Label in English. */
  labelEn: string;
  /** Label in French. */
  labelFr: string;
  /** First day it applies (hospital time). */
  validFrom: string;
};

/** The whole weekly pattern of a practitioner (replaces the old one). */
export type SetWeeklyAvailabilityInput = {
  /** Practitioner. */
  practitionerId: string | number;
  /** Sessions; empty clears the week. */
  sessions: Array<SessionInput>;
};

/** Administrative sex. */
export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNKNOWN';

/** Which patients a ward takes. */
export type SexPolicy =
  | 'FEMALE'
  | 'MALE'
  | 'MIXED';

/** Nursing shift: day 07–15, evening 15–23, night 23–07 (hospital time). */
export type Shift =
  | 'DAY'
  | 'EVENING'
  | 'NIGHT';

/** A doctor’s day (round and appointments) or a nurse’s shift (patients and doses). */
export type ShiftPackKind =
  /** Round inpatients and today’s appointments; lasts 24 hours. */
  | 'DOCTOR_DAY'
  /** The patients of her wards and the doses due this shift. */
  | 'NURSE_SHIFT';

/** Below reorder level, expiring soon, or expired still on hand. */
export type StockAlertKind =
  | 'BELOW_REORDER_LEVEL'
  | 'EXPIRED_ON_HAND'
  | 'EXPIRING';

/** A medication or a consumable. */
export type StockItemKind =
  | 'CONSUMABLE'
  | 'MEDICATION';

/** Stock levels below the reorder level, or with a lot expired or expiring soon. */
export type StockLevelFilter =
  | 'BELOW_REORDER_LEVEL'
  | 'EXPIRING';

/** The central pharmacy or a ward’s stock. */
export type StockLocationKind =
  | 'CENTRAL_PHARMACY'
  | 'WARD';

/** Stops a prescription. */
export type StopPrescriptionInput = {
  /** The prescription. */
  id: string | number;
  /** Why. */
  reason: string;
};

/** A case a doctor takes. */
export type TakeEmergencyCaseInput = {
  /** The case. */
  caseId: string | number;
  /** The version the doctor saw; a case changed since is refused (CONFLICT) so nobody takes over a colleague by accident. */
  expectedVersion?: number | null | undefined;
};

/** A move to another bed, in this ward or another. */
export type TransferPatientInput = {
  /** The admission. */
  admissionId: string | number;
  /** When; now by default. */
  at?: string | null | undefined;
  /** Reason. */
  reason: string;
  /** The bed to move to. */
  toBedId: string | number;
};

/** A triage (or re-triage) of an open case. */
export type TriageEmergencyCaseInput = {
  /** Where the patient goes now. */
  area?: EmergencyArea | null | undefined;
  /** Box or place. */
  areaLabel?: string | null | undefined;
  /** The case. */
  caseId: string | number;
  /** FRENCH level. */
  level: TriageLevel;
  /** Triage note. */
  note?: string | null | undefined;
  /** Vitals taken at triage, recorded in the chart (NEWS2 computed). */
  vitals?: RecordVitalsInput | null | undefined;
};

/** FRENCH triage level (SFMU 2018): L1 most urgent, L5 least. */
export type TriageLevel =
  | 'L1'
  | 'L2'
  | 'L3A'
  | 'L3B'
  | 'L4'
  | 'L5';

/** Who an unknown patient is taken to be, until identified. */
export type UnknownPatientInput = {
  /** Distinguishing description. */
  description?: string | null | undefined;
  /** Estimated age in years. */
  estimatedAge: number;
  /** Sex as observed. */
  sex: Sex;
};

/** Changes to an allergy; omitted fields stay as they are. */
export type UpdateAllergyInput = {
  /** The allergy. */
  id: string | number;
  /** Allergy or intolerance. */
  kind?: AllergyKind | null | undefined;
  /** Free-text note. */
  note?: string | null | undefined;
  /** When it started. */
  onsetDate?: string | null | undefined;
  /** Reaction observed. */
  reaction?: string | null | undefined;
  /** Severity. */
  severity?: AllergySeverity | null | undefined;
  /** ACTIVE, INACTIVE, or ENTERED_IN_ERROR. */
  status?: AllergyClinicalStatus | null | undefined;
  /** Substance, drug or food. */
  substance?: string | null | undefined;
  /** The version read; a stale one answers CONFLICT. */
  version: number;
};

/** A patient’s own contact details and preferred language. */
export type UpdateMyContactDetailsInput = {
  /** Postal address. */
  address?: AddressInput | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** Emergency contact. */
  emergencyContact?: EmergencyContactInput | null | undefined;
  /** Main phone number. */
  phone?: string | null | undefined;
  /** Preferred language (ISO 639-1). */
  preferredLanguage?: string | null | undefined;
  /** Other phone number. */
  secondaryPhone?: string | null | undefined;
  /** The version read; a stale one answers CONFLICT. */
  version: number;
};

/** A doctor’s own profile changes. */
export type UpdateMyPractitionerProfileInput = {
  /** Presentation for patients. */
  bio?: string | null | undefined;
  /** Default consultation minutes. */
  consultationMinutes?: number | null | undefined;
  /** Languages spoken. */
  languages?: Array<string> | null | undefined;
};

/** Changes to the caller’s own profile. */
export type UpdateMyProfileInput = {
  /** Postal address; empty clears it. */
  address?: string | null | undefined;
  /** Family name (staff). */
  familyName?: string | null | undefined;
  /** Given name(s) (staff). */
  givenName?: string | null | undefined;
  /** Interface language. */
  locale?: Locale | null | undefined;
  /** Phone number; empty clears it. */
  phone?: string | null | undefined;
};

/** Changes to a patient record; omitted fields stay as they are. */
export type UpdatePatientInput = {
  /** Postal address. */
  address?: AddressInput | null | undefined;
  /** Administrative notes. */
  administrativeNotes?: string | null | undefined;
  /** Date of birth. */
  birthDate?: string | null | undefined;
  /** Blood group, when known. */
  bloodGroup?: BloodGroup | null | undefined;
  /** Date of death, with DECEASED. */
  deceasedOn?: string | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** Emergency contact. */
  emergencyContact?: EmergencyContactInput | null | undefined;
  /** Family name. */
  familyName?: string | null | undefined;
  /** Given name(s). */
  givenNames?: string | null | undefined;
  /** Height in centimetres. */
  heightCm?: number | null | undefined;
  /** The patient. */
  id: string | number;
  /** Health insurance. */
  insurance?: InsuranceInput | null | undefined;
  /** Main phone number. */
  phone?: string | null | undefined;
  /** Preferred language (ISO 639-1). */
  preferredLanguage?: string | null | undefined;
  /** Other phone number. */
  secondaryPhone?: string | null | undefined;
  /** Administrative sex. */
  sex?: Sex | null | undefined;
  /** ACTIVE or DECEASED (merging is mergePatients). */
  status?: PatientStatus | null | undefined;
  /** The version read; a stale one answers CONFLICT. */
  version: number;
  /** Weight in kilograms. */
  weightKg?: number | null | undefined;
};

/** Changes to an account by an administrator. */
export type UpdateUserInput = {
  /** False disables the account at once. */
  active?: boolean | null | undefined;
  /** Family name. */
  familyName?: string | null | undefined;
  /** Given name(s). */
  givenName?: string | null | undefined;
  /** The account to change. */
  id: string;
  /** Job title; empty clears it. */
  jobTitle?: string | null | undefined;
  /** Phone number; empty clears it. */
  phone?: string | null | undefined;
  /** New staff role. */
  role?: Role | null | undefined;
};

/** A practitioner profile, set by an administrator. */
export type UpsertPractitionerInput = {
  /** Takes bookings. */
  active?: boolean | null | undefined;
  /** Presentation for patients. */
  bio?: string | null | undefined;
  /** Default consultation minutes. */
  consultationMinutes?: number | null | undefined;
  /** Languages spoken. */
  languages?: Array<string> | null | undefined;
  /** Specialty code. */
  specialty: string;
  /** The DOCTOR account. */
  userId: string | number;
};

/** Validates a result so the patient can see it. */
export type ValidateLabResultInput = {
  /** The result. */
  id: string | number;
};

/** The second step of a sign-in with two-step verification. */
export type VerifyMfaInput = {
  /** The challenge from the MFA_REQUIRED answer of login (valid 5 minutes). */
  challenge: string;
  /** The 6-digit code of the authenticator app, or one unused recovery code. */
  code: string;
};

/** A waitlist request or offer, by id. */
export type WaitlistIdInput = {
  /** Id. */
  id: string | number;
};

/** Offer state. */
export type WaitlistOfferStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'TAKEN';

/** Waitlist state. */
export type WaitlistStatus =
  | 'CANCELLED'
  | 'FULFILLED'
  | 'OFFERED'
  | 'WAITING';

/** A span of weekly working hours, in hospital time. */
export type WorkingHoursSpanInput = {
  /** Local end time, HH:MM (24-hour; 24:00 ends at midnight). */
  endTime: string;
  /** Local start time, HH:MM (24-hour). */
  startTime: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
};

/** A discharge summary, written at or after discharge. */
export type WriteDischargeSummaryInput = {
  /** The admission. */
  admissionId: string | number;
  /** Discharge summary. */
  summary: string;
};

/** Why stock is written off: expired, damaged or other (with a note). */
export type WriteOffReason =
  | 'DAMAGED'
  | 'EXPIRED'
  | 'OTHER';

/** Units taken out of stock for good. */
export type WriteOffStockInput = {
  /** Id made by the client for this operation (write-once). */
  id: string | number;
  /** Where the units are. */
  locationId: string | number;
  /** The lot. */
  lotId: string | number;
  /** Details; required for OTHER. */
  note?: string | null | undefined;
  /** Units written off. */
  quantity: number;
  /** Why. */
  reason: WriteOffReason;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { phone: string | null, address: string | null, jobTitle: string | null, lastLoginAt: string | null, createdAt: string, emailVerifiedAt: string | null, remindersOptOut: boolean, id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, mfaRequired: boolean, givenName: string, familyName: string, displayName: string, locale: Locale, capabilities: Array<Capability>, patient: { id: string, mrn: string, displayName: string, familyName: string, givenNames: string, birthDate: string, sex: Sex, phone: string | null, email: string | null } | null } };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type SetReminderOptOutMutationVariables = Exact<{
  optOut: boolean;
}>;


export type SetReminderOptOutMutation = { setReminderOptOut: { id: string, remindersOptOut: boolean } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { phone: string | null, address: string | null, id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, mfaRequired: boolean, givenName: string, familyName: string, displayName: string, locale: Locale, capabilities: Array<Capability> } };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, nodes: Array<{ id: string, action: string, actorId: string | null, actorRole: string | null, outcome: AuditOutcome, occurredAt: string, patientId: string | null, targetType: string | null, targetId: string | null, errorCode: string | null, ip: string | null, requestId: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, mfaRequired: boolean, givenName: string, familyName: string, displayName: string, locale: Locale, capabilities: Array<Capability> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, user: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, mfaRequired: boolean, givenName: string, familyName: string, displayName: string, locale: Locale, capabilities: Array<Capability> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, expiresAt: string, user: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, mfaRequired: boolean, givenName: string, familyName: string, displayName: string, locale: Locale, capabilities: Array<Capability> } } };

export type RegisterPatientMutationVariables = Exact<{
  input: RegisterPatientInput;
}>;


export type RegisterPatientMutation = { registerPatient: { accessToken: string, expiresAt: string, user: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, mfaRequired: boolean, givenName: string, familyName: string, displayName: string, locale: Locale, capabilities: Array<Capability> } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type SessionUserFragment = { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, mfaRequired: boolean, givenName: string, familyName: string, displayName: string, locale: Locale, capabilities: Array<Capability> };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: boolean };

export type AddManualChargeMutationVariables = Exact<{
  input: AddManualChargeInput;
}>;


export type AddManualChargeMutation = { addManualCharge: { id: string, actKind: ActKind, code: string, labelFr: string, labelEn: string, occurredAt: string, quantity: number, unitMinor: number | null, amountMinor: number | null, reason: string | null } };

export type BillingPatientQueryVariables = Exact<{
  id: string | number;
}>;


export type BillingPatientQuery = { patient: { id: string, mrn: string, displayName: string, insurance: { payer: string | null, memberNumber: string | null } | null } };

export type BillingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingSettingsQuery = { billingSettings: { currency: string, minorDigits: number } };

export type BillingWorklistQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type BillingWorklistQuery = { billingWorklist: Array<{ patientId: string, patientName: string, mrn: string, since: string, unbilledCharges: number, unbilledMinor: number, unpricedCharges: number, patientDueMinor: number, insurerDueMinor: number }> };

export type CashUpPreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CashUpPreviewQuery = { cashUpPreview: { paymentCount: number, expectedCashMinor: number, totals: { CASH: number, CARD: number, MOBILE_MONEY: number, BANK_TRANSFER: number, INSURANCE: number } } };

export type CashUpsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CashUpsQuery = { cashUps: Array<{ id: string, cashierName: string, closedAt: string, day: string, paymentCount: number, expectedCashMinor: number, countedCashMinor: number, differenceMinor: number, note: string | null, totals: { CASH: number, CARD: number, MOBILE_MONEY: number, BANK_TRANSFER: number, INSURANCE: number } }> };

export type BillingChargeFieldsFragment = { id: string, actKind: ActKind, code: string, labelFr: string, labelEn: string, occurredAt: string, quantity: number, unitMinor: number | null, amountMinor: number | null, reason: string | null };

export type CloseCashDayMutationVariables = Exact<{
  input: CloseCashDayInput;
}>;


export type CloseCashDayMutation = { closeCashDay: { id: string, closedAt: string, paymentCount: number, expectedCashMinor: number, countedCashMinor: number, differenceMinor: number, note: string | null } };

export type CreateInvoiceMutationVariables = Exact<{
  input: CreateInvoiceInput;
}>;


export type CreateInvoiceMutation = { createInvoice: { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, createdAt: string, issuedAt: string | null, currency: string, totalMinor: number, insurerMinor: number, patientMinor: number, paidPatientMinor: number, paidInsurerMinor: number, balanceMinor: number, payer: string | null, lines: Array<{ id: string, position: number, actKind: ActKind, labelFr: string, labelEn: string, occurredAt: string, quantity: number, unitMinor: number, amountMinor: number, insurerMinor: number, patientMinor: number }> } };

export type DiscardDraftInvoiceMutationVariables = Exact<{
  invoiceId: string | number;
}>;


export type DiscardDraftInvoiceMutation = { discardDraftInvoice: { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, createdAt: string, issuedAt: string | null, currency: string, totalMinor: number, insurerMinor: number, patientMinor: number, paidPatientMinor: number, paidInsurerMinor: number, balanceMinor: number, payer: string | null } };

export type InsuranceCoveragesQueryVariables = Exact<{ [key: string]: never; }>;


export type InsuranceCoveragesQuery = { insuranceCoverages: Array<{ id: string, payer: string, actKind: ActKind, percent: number | null, fixedMinor: number | null, updatedAt: string }> };

export type BillingInvoiceLineFieldsFragment = { id: string, position: number, actKind: ActKind, labelFr: string, labelEn: string, occurredAt: string, quantity: number, unitMinor: number, amountMinor: number, insurerMinor: number, patientMinor: number };

export type InvoicePdfQueryVariables = Exact<{
  invoiceId: string | number;
  language?: Locale | null | undefined;
}>;


export type InvoicePdfQuery = { invoicePdf: { fileName: string, contentType: string, base64: string } };

export type BillingInvoiceSummaryFragment = { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, createdAt: string, issuedAt: string | null, currency: string, totalMinor: number, insurerMinor: number, patientMinor: number, paidPatientMinor: number, paidInsurerMinor: number, balanceMinor: number, payer: string | null };

export type InvoiceQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceQuery = { invoice: { patientId: string, patientName: string, memberNumber: string | null, issuedByName: string | null, reason: string | null, creditedInvoiceId: string | null, cancelledAt: string | null, id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, createdAt: string, issuedAt: string | null, currency: string, totalMinor: number, insurerMinor: number, patientMinor: number, paidPatientMinor: number, paidInsurerMinor: number, balanceMinor: number, payer: string | null, lines: Array<{ id: string, position: number, actKind: ActKind, labelFr: string, labelEn: string, occurredAt: string, quantity: number, unitMinor: number, amountMinor: number, insurerMinor: number, patientMinor: number }>, payments: Array<{ id: string, amountMinor: number, method: PaymentMethod, reference: string | null, reason: string | null, receiptNumber: string, receivedAt: string, receivedByName: string, refundOfId: string | null }> } };

export type IssueCreditNoteMutationVariables = Exact<{
  input: IssueCreditNoteInput;
}>;


export type IssueCreditNoteMutation = { issueCreditNote: { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, createdAt: string, issuedAt: string | null, currency: string, totalMinor: number, insurerMinor: number, patientMinor: number, paidPatientMinor: number, paidInsurerMinor: number, balanceMinor: number, payer: string | null } };

export type IssueInvoiceMutationVariables = Exact<{
  invoiceId: string | number;
}>;


export type IssueInvoiceMutation = { issueInvoice: { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, createdAt: string, issuedAt: string | null, currency: string, totalMinor: number, insurerMinor: number, patientMinor: number, paidPatientMinor: number, paidInsurerMinor: number, balanceMinor: number, payer: string | null } };

export type MyInvoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvoicesQuery = { myInvoices: Array<{ id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, createdAt: string, issuedAt: string | null, currency: string, totalMinor: number, insurerMinor: number, patientMinor: number, paidPatientMinor: number, paidInsurerMinor: number, balanceMinor: number, payer: string | null }> };

export type PatientBillingQueryVariables = Exact<{
  patientId: string | number;
}>;


export type PatientBillingQuery = { patientBilling: { patientId: string, currency: string, patientDueMinor: number, insurerDueMinor: number, unbilledCharges: Array<{ id: string, actKind: ActKind, code: string, labelFr: string, labelEn: string, occurredAt: string, quantity: number, unitMinor: number | null, amountMinor: number | null, reason: string | null }>, invoices: Array<{ id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, createdAt: string, issuedAt: string | null, currency: string, totalMinor: number, insurerMinor: number, patientMinor: number, paidPatientMinor: number, paidInsurerMinor: number, balanceMinor: number, payer: string | null, lines: Array<{ id: string, position: number, actKind: ActKind, labelFr: string, labelEn: string, occurredAt: string, quantity: number, unitMinor: number, amountMinor: number, insurerMinor: number, patientMinor: number }> }> } };

export type BillingPaymentFieldsFragment = { id: string, amountMinor: number, method: PaymentMethod, reference: string | null, reason: string | null, receiptNumber: string, receivedAt: string, receivedByName: string, refundOfId: string | null };

export type BillingPaymentTotalsFragment = { CASH: number, CARD: number, MOBILE_MONEY: number, BANK_TRANSFER: number, INSURANCE: number };

export type PriceChargeMutationVariables = Exact<{
  input: PriceChargeInput;
}>;


export type PriceChargeMutation = { priceCharge: { id: string, actKind: ActKind, code: string, labelFr: string, labelEn: string, occurredAt: string, quantity: number, unitMinor: number | null, amountMinor: number | null, reason: string | null } };

export type ReceiptPdfQueryVariables = Exact<{
  paymentId: string | number;
  language?: Locale | null | undefined;
}>;


export type ReceiptPdfQuery = { receiptPdf: { fileName: string, contentType: string, base64: string } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { id: string, amountMinor: number, method: PaymentMethod, reference: string | null, reason: string | null, receiptNumber: string, receivedAt: string, receivedByName: string, refundOfId: string | null } };

export type RefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type RefundPaymentMutation = { refundPayment: { id: string, amountMinor: number, method: PaymentMethod, reference: string | null, reason: string | null, receiptNumber: string, receivedAt: string, receivedByName: string, refundOfId: string | null } };

export type SetInsuranceCoverageMutationVariables = Exact<{
  input: SetCoverageInput;
}>;


export type SetInsuranceCoverageMutation = { setInsuranceCoverage: { id: string, payer: string, actKind: ActKind, percent: number | null, fixedMinor: number | null } };

export type SetTariffMutationVariables = Exact<{
  input: SetTariffInput;
}>;


export type SetTariffMutation = { setTariff: { id: string, actKind: ActKind, code: string, amountMinor: number, validFrom: string, validTo: string | null } };

export type TariffsQueryVariables = Exact<{
  actKind?: ActKind | null | undefined;
}>;


export type TariffsQuery = { tariffs: Array<{ id: string, actKind: ActKind, code: string, labelFr: string, labelEn: string, amountMinor: number, validFrom: string, validTo: string | null, createdAt: string }> };

export type EmergencyAccessStateQueryVariables = Exact<{
  patientId: string | number;
}>;


export type EmergencyAccessStateQuery = { emergencyAccessState: { mayOpen: boolean, activeUntil: string | null } };

export type EmergencyAccessesQueryVariables = Exact<{
  status?: EmergencyAccessStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EmergencyAccessesQuery = { emergencyAccesses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, clinicianName: string, clinicianRole: Role, patientId: string, patientName: string, reason: string, openedAt: string, expiresAt: string, active: boolean, status: EmergencyAccessStatus, reviewedByName: string | null, reviewedAt: string | null, reviewNote: string | null }> } };

export type OpenEmergencyAccessMutationVariables = Exact<{
  input: OpenEmergencyAccessInput;
}>;


export type OpenEmergencyAccessMutation = { openEmergencyAccess: { id: string, expiresAt: string } };

export type ReviewEmergencyAccessMutationVariables = Exact<{
  input: ReviewEmergencyAccessInput;
}>;


export type ReviewEmergencyAccessMutation = { reviewEmergencyAccess: { id: string, status: EmergencyAccessStatus, reviewedByName: string | null, reviewedAt: string | null, reviewNote: string | null } };

export type AmendEmergencyCaseMutationVariables = Exact<{
  input: AmendEmergencyCaseInput;
}>;


export type AmendEmergencyCaseMutation = { amendEmergencyCase: { id: string, at: string, byName: string, reason: string, note: string } };

export type CloseEmergencyCaseMutationVariables = Exact<{
  input: CloseEmergencyCaseInput;
  clinical: boolean;
}>;


export type CloseEmergencyCaseMutation = { closeEmergencyCase: { id: string, arrivedAt: string, mode: ArrivalMode, complaint: ChiefComplaint, complaintText?: string | null, status: EmergencyStatus, level: TriageLevel | null, triagedAt: string | null, area: EmergencyArea, areaLabel: string | null, doctorUserId: string | null, doctorName: string | null, doctorAt: string | null, outcome: EmergencyOutcome | null, outcomeNote?: string | null, transferTo: string | null, admissionId: string | null, closedAt: string | null, unknownIdentity: boolean, temporaryPatientId: string | null, identityDescription: string | null, estimatedAge: number | null, registeredByName: string, version: number, patient: { id: string, displayName: string, mrn: string, age: number, sex: Sex }, wait: { waitedMinutes: number, targetMinutes: number, dueAt: string, breached: boolean }, triages?: Array<{ id: string, level: TriageLevel, at: string, byName: string, news2Score: number | null, news2Risk: News2Risk | null, note: string | null, vitalsId: string | null }>, amendments?: Array<{ id: string, at: string, byName: string, reason: string, note: string }> } };

export type EmergencyCaseDetailFragment = { id: string, arrivedAt: string, mode: ArrivalMode, complaint: ChiefComplaint, complaintText?: string | null, status: EmergencyStatus, level: TriageLevel | null, triagedAt: string | null, area: EmergencyArea, areaLabel: string | null, doctorUserId: string | null, doctorName: string | null, doctorAt: string | null, outcome: EmergencyOutcome | null, outcomeNote?: string | null, transferTo: string | null, admissionId: string | null, closedAt: string | null, unknownIdentity: boolean, temporaryPatientId: string | null, identityDescription: string | null, estimatedAge: number | null, registeredByName: string, version: number, patient: { id: string, displayName: string, mrn: string, age: number, sex: Sex }, wait: { waitedMinutes: number, targetMinutes: number, dueAt: string, breached: boolean }, triages?: Array<{ id: string, level: TriageLevel, at: string, byName: string, news2Score: number | null, news2Risk: News2Risk | null, note: string | null, vitalsId: string | null }>, amendments?: Array<{ id: string, at: string, byName: string, reason: string, note: string }> };

export type EmergencyCaseQueryVariables = Exact<{
  id: string | number;
  clinical: boolean;
}>;


export type EmergencyCaseQuery = { emergencyCase: { id: string, arrivedAt: string, mode: ArrivalMode, complaint: ChiefComplaint, complaintText?: string | null, status: EmergencyStatus, level: TriageLevel | null, triagedAt: string | null, area: EmergencyArea, areaLabel: string | null, doctorUserId: string | null, doctorName: string | null, doctorAt: string | null, outcome: EmergencyOutcome | null, outcomeNote?: string | null, transferTo: string | null, admissionId: string | null, closedAt: string | null, unknownIdentity: boolean, temporaryPatientId: string | null, identityDescription: string | null, estimatedAge: number | null, registeredByName: string, version: number, patient: { id: string, displayName: string, mrn: string, age: number, sex: Sex }, wait: { waitedMinutes: number, targetMinutes: number, dueAt: string, breached: boolean }, triages?: Array<{ id: string, level: TriageLevel, at: string, byName: string, news2Score: number | null, news2Risk: News2Risk | null, note: string | null, vitalsId: string | null }>, amendments?: Array<{ id: string, at: string, byName: string, reason: string, note: string }> } };

export type EmergencyQueueChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EmergencyQueueChangedSubscription = { emergencyQueueChanged: { caseId: string, change: string } };

export type EmergencyQueueQueryVariables = Exact<{
  clinical: boolean;
}>;


export type EmergencyQueueQuery = { emergencyQueue: { asOf: string, breached: number, cases: Array<{ caseId: string, patientId: string | null, name: string | null, mrn: string | null, age: number | null, sex: Sex | null, unknownIdentity: boolean, arrivedAt: string, mode: ArrivalMode, complaint: ChiefComplaint, complaintText?: string | null, status: EmergencyStatus, level: TriageLevel | null, area: EmergencyArea, areaLabel: string | null, doctorUserId: string | null, doctorName: string | null, news2Score?: number | null, news2Risk?: News2Risk | null, version: number, wait: { waitedMinutes: number, targetMinutes: number, dueAt: string, breached: boolean } }> } };

export type MoveEmergencyCaseMutationVariables = Exact<{
  input: MoveEmergencyCaseInput;
  clinical: boolean;
}>;


export type MoveEmergencyCaseMutation = { moveEmergencyCase: { id: string, arrivedAt: string, mode: ArrivalMode, complaint: ChiefComplaint, complaintText?: string | null, status: EmergencyStatus, level: TriageLevel | null, triagedAt: string | null, area: EmergencyArea, areaLabel: string | null, doctorUserId: string | null, doctorName: string | null, doctorAt: string | null, outcome: EmergencyOutcome | null, outcomeNote?: string | null, transferTo: string | null, admissionId: string | null, closedAt: string | null, unknownIdentity: boolean, temporaryPatientId: string | null, identityDescription: string | null, estimatedAge: number | null, registeredByName: string, version: number, patient: { id: string, displayName: string, mrn: string, age: number, sex: Sex }, wait: { waitedMinutes: number, targetMinutes: number, dueAt: string, breached: boolean }, triages?: Array<{ id: string, level: TriageLevel, at: string, byName: string, news2Score: number | null, news2Risk: News2Risk | null, note: string | null, vitalsId: string | null }>, amendments?: Array<{ id: string, at: string, byName: string, reason: string, note: string }> } };

export type MyEmergencyVisitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEmergencyVisitsQuery = { myEmergencyVisits: Array<{ id: string, arrivedAt: string, complaint: ChiefComplaint, status: EmergencyStatus, level: TriageLevel | null, outcome: EmergencyOutcome | null, closedAt: string | null, transferTo: string | null }> };

export type RegisterEmergencyArrivalMutationVariables = Exact<{
  input: RegisterEmergencyArrivalInput;
}>;


export type RegisterEmergencyArrivalMutation = { registerEmergencyArrival: { id: string, patient: { id: string, displayName: string } } };

export type TakeEmergencyCaseMutationVariables = Exact<{
  input: TakeEmergencyCaseInput;
  clinical: boolean;
}>;


export type TakeEmergencyCaseMutation = { takeEmergencyCase: { id: string, arrivedAt: string, mode: ArrivalMode, complaint: ChiefComplaint, complaintText?: string | null, status: EmergencyStatus, level: TriageLevel | null, triagedAt: string | null, area: EmergencyArea, areaLabel: string | null, doctorUserId: string | null, doctorName: string | null, doctorAt: string | null, outcome: EmergencyOutcome | null, outcomeNote?: string | null, transferTo: string | null, admissionId: string | null, closedAt: string | null, unknownIdentity: boolean, temporaryPatientId: string | null, identityDescription: string | null, estimatedAge: number | null, registeredByName: string, version: number, patient: { id: string, displayName: string, mrn: string, age: number, sex: Sex }, wait: { waitedMinutes: number, targetMinutes: number, dueAt: string, breached: boolean }, triages?: Array<{ id: string, level: TriageLevel, at: string, byName: string, news2Score: number | null, news2Risk: News2Risk | null, note: string | null, vitalsId: string | null }>, amendments?: Array<{ id: string, at: string, byName: string, reason: string, note: string }> } };

export type TriageEmergencyCaseMutationVariables = Exact<{
  input: TriageEmergencyCaseInput;
  clinical: boolean;
}>;


export type TriageEmergencyCaseMutation = { triageEmergencyCase: { id: string, arrivedAt: string, mode: ArrivalMode, complaint: ChiefComplaint, complaintText?: string | null, status: EmergencyStatus, level: TriageLevel | null, triagedAt: string | null, area: EmergencyArea, areaLabel: string | null, doctorUserId: string | null, doctorName: string | null, doctorAt: string | null, outcome: EmergencyOutcome | null, outcomeNote?: string | null, transferTo: string | null, admissionId: string | null, closedAt: string | null, unknownIdentity: boolean, temporaryPatientId: string | null, identityDescription: string | null, estimatedAge: number | null, registeredByName: string, version: number, patient: { id: string, displayName: string, mrn: string, age: number, sex: Sex }, wait: { waitedMinutes: number, targetMinutes: number, dueAt: string, breached: boolean }, triages?: Array<{ id: string, level: TriageLevel, at: string, byName: string, news2Score: number | null, news2Risk: News2Risk | null, note: string | null, vitalsId: string | null }>, amendments?: Array<{ id: string, at: string, byName: string, reason: string, note: string }> } };

export type MailOutboxQueryVariables = Exact<{
  status?: MailStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MailOutboxQuery = { mailOutbox: { totalCount: number, nodes: Array<{ id: string, to: string, subject: string, text: string, kind: MailKind, status: MailStatus, attempts: number, createdAt: string, sentAt: string | null, error: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConfirmMfaEnrolmentMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmMfaEnrolmentMutation = { confirmMfaEnrolment: { recoveryCodes: Array<string>, user: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, mfaRequired: boolean, givenName: string, familyName: string, displayName: string, locale: Locale, capabilities: Array<Capability> } } };

export type DisableMfaMutationVariables = Exact<{
  code: string;
}>;


export type DisableMfaMutation = { disableMfa: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, mfaRequired: boolean, givenName: string, familyName: string, displayName: string, locale: Locale, capabilities: Array<Capability> } };

export type StartMfaEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartMfaEnrolmentMutation = { startMfaEnrolment: { secret: string, otpauthUri: string, qrCodeDataUrl: string } };

export type VerifyMfaMutationVariables = Exact<{
  input: VerifyMfaInput;
}>;


export type VerifyMfaMutation = { verifyMfa: { accessToken: string, expiresAt: string, user: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, mfaRequired: boolean, givenName: string, familyName: string, displayName: string, locale: Locale, capabilities: Array<Capability> } } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type MarkNotificationReadMutationVariables = Exact<{
  input: MarkNotificationReadInput;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, params: Record<string, unknown>, urgent: boolean, link: string | null, readAt: string | null, createdAt: string } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { nodes: Array<{ id: string, kind: NotificationKind, params: Record<string, unknown>, urgent: boolean, link: string | null, readAt: string | null, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type DiscardOfflineEntryMutationVariables = Exact<{
  input: DiscardOfflineEntryInput;
}>;


export type DiscardOfflineEntryMutation = { discardOfflineEntry: { id: string, discardedAt: string } };

export type MyShiftPackQueryVariables = Exact<{ [key: string]: never; }>;


export type MyShiftPackQuery = { myShiftPack: { kind: ShiftPackKind, asOf: string, shiftEndsAt: string, version: string, day: string | null, patients: Array<{ patientId: string, birthDate: string, allergyStatus: AllergyStatus, inpatient: { admissionId: string, patientId: string, name: string, mrn: string, age: number, sex: Sex, days: number, wardId: string, wardName: string, roomNumber: string, bedId: string, bedLabel: string, attendingName: string, reason: string, news2Score: number | null, news2Risk: News2Risk | null, news2At: string | null, allergyFlag: boolean | null, newResults: number | null }, allergies: Array<{ id: string, substance: string, reaction: string | null, severity: AllergySeverity, status: AllergyClinicalStatus, kind: AllergyKind }>, activeProblems: Array<{ id: string, code: string | null, label: string, rank: DiagnosisRank, occurredAt: string }>, activePrescriptions: Array<{ id: string, medicationName: string, form: string | null, strength: string | null, dose: number, doseUnit: string, route: MedicationRoute, scheduleTimes: Array<string>, intervalHours: number | null, asNeeded: boolean, startAt: string, endAt: string | null, instructions: string | null, status: PrescriptionStatus, allergyConflicts: Array<string>, allergyOverrideReason: string | null, recordedByName: string }>, administrations: Array<{ id: string, status: AdministrationStatus, occurredAt: string, scheduledAt: string | null, prescriptionId: string, dose: number | null, doseUnit: string | null, reason: string | null, recordedByName: string }>, vitals: Array<{ id: string, takenAt: string, temperatureC: number | null, heartRate: number | null, systolicBp: number | null, diastolicBp: number | null, respiratoryRate: number | null, spo2: number | null, onOxygen: boolean | null, consciousness: Consciousness | null, painScore: number | null, weightKg: number | null, glucoseMmolL: number | null, news2Score: number | null, news2Risk: News2Risk | null, abnormal: Array<string>, recordedByName: string, enteredInError: boolean }>, labResults: Array<{ id: string, orderId: string, testCode: string, testNameEn: string, testNameFr: string, valueNumeric: number | null, valueText: string | null, unit: string | null, flag: ResultFlag, critical: boolean, referenceLow: number | null, referenceHigh: number | null, comment: string | null, occurredAt: string, validatedAt: string | null, validatedByName: string | null, recordedByName: string }>, careNotes: Array<{ id: string, category: CareNoteCategory, text: string, occurredAt: string, recordedByName: string, authorRole: Role }> }>, practitioner: { id: string, displayName: string, consultationMinutes: number, bio: string | null, languages: Array<string>, active: boolean, specialtyInfo: { code: string, labelFr: string, labelEn: string } } | null, appointments: Array<{ id: string, startsAt: string, endsAt: string, originalStartsAt: string | null, durationMinutes: number, status: AppointmentStatus, reason: string, version: number, patient: { id: string, displayName: string, mrn: string, phone: string | null } }>, dosesDue: Array<{ scheduledAt: string, state: DoseState, prescription: { id: string, patientId: string, medicationName: string, strength: string | null, dose: number, doseUnit: string, route: MedicationRoute }, administration: { id: string, status: AdministrationStatus, occurredAt: string, dose: number | null, doseUnit: string | null, reason: string | null, recordedByName: string } | null }> } };

export type CloseMyAccountMutationVariables = Exact<{
  input: CloseMyAccountInput;
}>;


export type CloseMyAccountMutation = { closeMyAccount: boolean };

export type MyRecordExportQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRecordExportQuery = { myRecordExport: Record<string, unknown> };

export type MyRecordPdfQueryVariables = Exact<{
  language?: Locale | null | undefined;
}>;


export type MyRecordPdfQuery = { myRecordPdf: { fileName: string, contentType: string, base64: string } };

export type CreatePatientMutationVariables = Exact<{
  input: CreatePatientInput;
}>;


export type CreatePatientMutation = { createPatient: { patient: { id: string, mrn: string, displayName: string, version: number } | null, duplicates: Array<{ reasons: Array<DuplicateReason>, patient: { id: string, mrn: string, displayName: string, birthDate: string } }> } };

export type MergePatientsMutationVariables = Exact<{
  input: MergePatientsInput;
}>;


export type MergePatientsMutation = { mergePatients: { movedReferences: number, survivor: { id: string, mrn: string, displayName: string }, duplicate: { id: string, status: PatientStatus } } };

export type MyPatientProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPatientProfileQuery = { me: { id: string, patient: { id: string, mrn: string, displayName: string, familyName: string, givenNames: string, birthDate: string, age: number, sex: Sex, status: PatientStatus, bloodGroup: BloodGroup | null, weightKg: number | null, version: number, phone: string | null, secondaryPhone: string | null, email: string | null, preferredLanguage: string, allergyStatus: AllergyStatus, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, country: string | null } | null, emergencyContact: { name: string | null, relation: string | null, phone: string | null } | null, insurance: { payer: string | null, memberNumber: string | null } | null, allergies: Array<{ id: string, substance: string, reaction: string | null, severity: AllergySeverity, status: AllergyClinicalStatus, kind: AllergyKind }> } | null } };

export type PatientAllergyFieldsFragment = { id: string, substance: string, reaction: string | null, severity: AllergySeverity, status: AllergyClinicalStatus, kind: AllergyKind, note: string | null, recordedAt: string, recordedByName: string, version: number };

export type PatientHeaderQueryVariables = Exact<{
  id: string | number;
  clinical: boolean;
}>;


export type PatientHeaderQuery = { patient: { id: string, mrn: string, displayName: string, familyName: string, givenNames: string, birthDate: string, age: number, sex: Sex, status: PatientStatus, bloodGroup?: BloodGroup | null, allergyStatus?: AllergyStatus, allergies?: Array<{ id: string, substance: string, reaction: string | null, severity: AllergySeverity, status: AllergyClinicalStatus, kind: AllergyKind }> } };

export type PatientRecordQueryVariables = Exact<{
  id: string | number;
  clinical: boolean;
  contact: boolean;
  insurance: boolean;
  registrar: boolean;
}>;


export type PatientRecordQuery = { patient: { id: string, mrn: string, displayName: string, familyName: string, givenNames: string, birthDate: string, age: number, sex: Sex, status: PatientStatus, deceasedOn: string | null, preferredLanguage: string, version: number, bloodGroup?: BloodGroup | null, weightKg?: number | null, heightCm?: number | null, allergyStatus?: AllergyStatus, allergyStatusRecordedAt?: string | null, phone?: string | null, secondaryPhone?: string | null, email?: string | null, administrativeNotes?: string | null, mergedInto: { id: string, mrn: string, displayName: string } | null, allergies?: Array<{ id: string, substance: string, reaction: string | null, severity: AllergySeverity, status: AllergyClinicalStatus, kind: AllergyKind, note: string | null, recordedAt: string, recordedByName: string, version: number }>, address?: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, country: string | null } | null, emergencyContact?: { name: string | null, relation: string | null, phone: string | null } | null, insurance?: { payer: string | null, memberNumber: string | null } | null } };

export type PatientSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  clinical: boolean;
}>;


export type PatientSearchQuery = { patients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, mrn: string, displayName: string, birthDate: string, age: number, sex: Sex, status: PatientStatus, allergyStatus?: AllergyStatus }> } };

export type PossiblePatientDuplicatesQueryVariables = Exact<{
  input: PatientDuplicatesInput;
}>;


export type PossiblePatientDuplicatesQuery = { possiblePatientDuplicates: Array<{ reasons: Array<DuplicateReason>, patient: { id: string, mrn: string, displayName: string, birthDate: string } }> };

export type RecordAllergyMutationVariables = Exact<{
  input: RecordAllergyInput;
}>;


export type RecordAllergyMutation = { recordAllergy: { id: string, substance: string, reaction: string | null, severity: AllergySeverity, status: AllergyClinicalStatus, kind: AllergyKind, note: string | null, recordedAt: string, recordedByName: string, version: number } };

export type RecordNoKnownAllergiesMutationVariables = Exact<{
  input: RecordNoKnownAllergiesInput;
}>;


export type RecordNoKnownAllergiesMutation = { recordNoKnownAllergies: { id: string, allergyStatus: AllergyStatus, allergyStatusRecordedAt: string | null } };

export type UpdateAllergyMutationVariables = Exact<{
  input: UpdateAllergyInput;
}>;


export type UpdateAllergyMutation = { updateAllergy: { id: string, substance: string, reaction: string | null, severity: AllergySeverity, status: AllergyClinicalStatus, kind: AllergyKind, note: string | null, recordedAt: string, recordedByName: string, version: number } };

export type UpdateMyContactDetailsMutationVariables = Exact<{
  input: UpdateMyContactDetailsInput;
}>;


export type UpdateMyContactDetailsMutation = { updateMyContactDetails: { id: string, version: number, phone: string | null, secondaryPhone: string | null, email: string | null, preferredLanguage: string, address: { line1: string | null, line2: string | null, postalCode: string | null, city: string | null, country: string | null } | null, emergencyContact: { name: string | null, relation: string | null, phone: string | null } | null } };

export type UpdatePatientMutationVariables = Exact<{
  input: UpdatePatientInput;
}>;


export type UpdatePatientMutation = { updatePatient: { id: string, version: number, displayName: string, familyName: string, givenNames: string, birthDate: string, age: number, sex: Sex, status: PatientStatus, deceasedOn: string | null, preferredLanguage: string } };

export type ActivePrescriptionsQueryVariables = Exact<{
  patientId: string | number;
}>;


export type ActivePrescriptionsQuery = { prescriptions: Array<{ id: string, medicationName: string, strength: string | null, form: string | null, dose: number, doseUnit: string, route: MedicationRoute, asNeeded: boolean, intervalHours: number | null, scheduleTimes: Array<string>, status: PrescriptionStatus }> };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdjustStockMutation = { adjustStock: { id: string, at: string, kind: MovementKind, byName: string, movements: Array<{ unitCostCents: number | null, id: string, at: string, kind: MovementKind, quantity: number, byName: string, reason: string | null, writeOffReason: WriteOffReason | null, lotChoiceReason: string | null, item: { id: string, nameFr: string, nameEn: string, unitOfIssue: string }, lot: { id: string, lotNumber: string, expiryDate: string }, fromLocation: { id: string, name: string } | null, toLocation: { id: string, name: string } | null }> } };

export type DispenseMutationVariables = Exact<{
  input: DispenseInput;
}>;


export type DispenseMutation = { dispense: { id: string, at: string, kind: MovementKind, byName: string, movements: Array<{ unitCostCents: number | null, id: string, at: string, kind: MovementKind, quantity: number, byName: string, reason: string | null, writeOffReason: WriteOffReason | null, lotChoiceReason: string | null, item: { id: string, nameFr: string, nameEn: string, unitOfIssue: string }, lot: { id: string, lotNumber: string, expiryDate: string }, fromLocation: { id: string, name: string } | null, toLocation: { id: string, name: string } | null }> } };

export type DispensingWorklistQueryVariables = Exact<{
  wardId: string | number;
}>;


export type DispensingWorklistQuery = { dispensingWorklist: Array<{ prescriptionId: string, patientId: string, patientName: string, bedLabel: string, medicationName: string, itemId: string, unitsPerDose: number, dosesNext24h: number, nextDoseAt: string | null, unitsNeeded: number, unitsCovered: number, unitsToDispense: number, item: { id: string, kind: StockItemKind, nameFr: string, nameEn: string, inn: string | null, form: string | null, strength: string | null, unitOfIssue: string, reorderLevel: number, active: boolean } }> };

export type PharmacyLotFieldsFragment = { id: string, lotNumber: string, expiryDate: string, status: LotStatus, supplier: string, receivedQuantity: number, recallReason: string | null, recalledAt: string | null, item: { id: string, nameFr: string, nameEn: string, unitOfIssue: string } };

export type LotTraceQueryVariables = Exact<{
  lotId: string | number;
}>;


export type LotTraceQuery = { lotTrace: { lot: { id: string, lotNumber: string, expiryDate: string, status: LotStatus, supplier: string, receivedQuantity: number, recallReason: string | null, recalledAt: string | null, item: { id: string, nameFr: string, nameEn: string, unitOfIssue: string } }, locations: Array<{ locationId: string, locationName: string, quantity: number }>, movements: Array<{ id: string, at: string, kind: MovementKind, quantity: number, byName: string, reason: string | null, writeOffReason: WriteOffReason | null, lotChoiceReason: string | null, lot: { id: string, lotNumber: string, expiryDate: string }, fromLocation: { id: string, name: string } | null, toLocation: { id: string, name: string } | null }>, patients: Array<{ patientId: string, patientName: string, currentInpatient: boolean, unitsDispensed: number, unitsAdministered: number, administrations: Array<{ id: string, prescriptionId: string, medicationName: string, administeredAt: string, dose: number | null, doseUnit: string | null, recordedByName: string }> }> } };

export type RecallLotMutationVariables = Exact<{
  input: RecallLotInput;
}>;


export type RecallLotMutation = { recallLot: { id: string, lotNumber: string, expiryDate: string, status: LotStatus, supplier: string, receivedQuantity: number, recallReason: string | null, recalledAt: string | null, item: { id: string, nameFr: string, nameEn: string, unitOfIssue: string } } };

export type ReceiveStockMutationVariables = Exact<{
  input: ReceiveStockInput;
}>;


export type ReceiveStockMutation = { receiveStock: { id: string, at: string, kind: MovementKind, byName: string, movements: Array<{ unitCostCents: number | null, id: string, at: string, kind: MovementKind, quantity: number, byName: string, reason: string | null, writeOffReason: WriteOffReason | null, lotChoiceReason: string | null, item: { id: string, nameFr: string, nameEn: string, unitOfIssue: string }, lot: { id: string, lotNumber: string, expiryDate: string }, fromLocation: { id: string, name: string } | null, toLocation: { id: string, name: string } | null }> } };

export type StockAlertsQueryVariables = Exact<{
  kind?: StockAlertKind | null | undefined;
}>;


export type StockAlertsQuery = { stockAlerts: Array<{ id: string, kind: StockAlertKind, itemId: string, locationId: string | null, lotId: string | null, expiryDate: string | null, quantity: number, reorderLevel: number | null, raisedAt: string, computedAt: string, item: { id: string, nameFr: string, nameEn: string, unitOfIssue: string }, location: { id: string, name: string } | null, lot: { id: string, lotNumber: string } | null }> };

export type PharmacyItemFieldsFragment = { id: string, kind: StockItemKind, nameFr: string, nameEn: string, inn: string | null, form: string | null, strength: string | null, unitOfIssue: string, reorderLevel: number, active: boolean };

export type StockItemLevelQueryVariables = Exact<{
  locationId: string | number;
  itemId: string | number;
}>;


export type StockItemLevelQuery = { stockLevels: { nodes: Array<{ itemId: string, onHand: number, usableOnHand: number, belowReorderLevel: boolean, item: { unitPriceCents: number, id: string, kind: StockItemKind, nameFr: string, nameEn: string, inn: string | null, form: string | null, strength: string | null, unitOfIssue: string, reorderLevel: number, active: boolean }, lots: Array<{ quantity: number, expired: boolean, daysToExpiry: number, lot: { id: string, lotNumber: string, expiryDate: string, status: LotStatus, supplier: string, unitCostCents: number } }> }> } };

export type StockItemMovementsQueryVariables = Exact<{
  itemId: string | number;
  first?: number | null | undefined;
}>;


export type StockItemMovementsQuery = { stockMovements: { totalCount: number, nodes: Array<{ id: string, at: string, kind: MovementKind, quantity: number, byName: string, reason: string | null, writeOffReason: WriteOffReason | null, lotChoiceReason: string | null, lot: { id: string, lotNumber: string, expiryDate: string }, fromLocation: { id: string, name: string } | null, toLocation: { id: string, name: string } | null }> } };

export type StockItemSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type StockItemSearchQuery = { stockItems: { totalCount: number, nodes: Array<{ id: string, kind: StockItemKind, nameFr: string, nameEn: string, inn: string | null, form: string | null, strength: string | null, unitOfIssue: string, reorderLevel: number, active: boolean }> } };

export type StockLevelsQueryVariables = Exact<{
  locationId: string | number;
  search?: string | null | undefined;
  kind?: StockItemKind | null | undefined;
  filter?: StockLevelFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withTotal?: boolean;
}>;


export type StockLevelsQuery = { stockLevels: { totalCount?: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ itemId: string, onHand: number, usableOnHand: number, belowReorderLevel: boolean, item: { id: string, kind: StockItemKind, nameFr: string, nameEn: string, inn: string | null, form: string | null, strength: string | null, unitOfIssue: string, reorderLevel: number, active: boolean }, lots: Array<{ quantity: number, expired: boolean, daysToExpiry: number, lot: { id: string, lotNumber: string, expiryDate: string, status: LotStatus } }> }> } };

export type StockLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type StockLocationsQuery = { stockLocations: Array<{ id: string, kind: StockLocationKind, name: string, wardId: string | null }> };

export type PharmacyMovementFieldsFragment = { id: string, at: string, kind: MovementKind, quantity: number, byName: string, reason: string | null, writeOffReason: WriteOffReason | null, lotChoiceReason: string | null, lot: { id: string, lotNumber: string, expiryDate: string }, fromLocation: { id: string, name: string } | null, toLocation: { id: string, name: string } | null };

export type PharmacyOperationFieldsFragment = { id: string, at: string, kind: MovementKind, byName: string, movements: Array<{ unitCostCents: number | null, id: string, at: string, kind: MovementKind, quantity: number, byName: string, reason: string | null, writeOffReason: WriteOffReason | null, lotChoiceReason: string | null, item: { id: string, nameFr: string, nameEn: string, unitOfIssue: string }, lot: { id: string, lotNumber: string, expiryDate: string }, fromLocation: { id: string, name: string } | null, toLocation: { id: string, name: string } | null }> };

export type StockValuationQueryVariables = Exact<{
  at: string;
  locationId?: string | number | null | undefined;
}>;


export type StockValuationQuery = { stockValuation: Array<{ at: string, locationId: string, locationName: string, valueCents: number, lines: Array<{ itemId: string, onHand: number, averageUnitCostCents: number, valueCents: number, item: { id: string, nameFr: string, nameEn: string, unitOfIssue: string } }> }> };

export type WriteOffStockMutationVariables = Exact<{
  input: WriteOffStockInput;
}>;


export type WriteOffStockMutation = { writeOffStock: { id: string, at: string, kind: MovementKind, byName: string, movements: Array<{ unitCostCents: number | null, id: string, at: string, kind: MovementKind, quantity: number, byName: string, reason: string | null, writeOffReason: WriteOffReason | null, lotChoiceReason: string | null, item: { id: string, nameFr: string, nameEn: string, unitOfIssue: string }, lot: { id: string, lotNumber: string, expiryDate: string }, fromLocation: { id: string, name: string } | null, toLocation: { id: string, name: string } | null }> } };

export type AddCareNoteMutationVariables = Exact<{
  input: AddCareNoteInput;
}>;


export type AddCareNoteMutation = { addCareNote: { id: string, category: CareNoteCategory, text: string, occurredAt: string } };

export type AddDiagnosisMutationVariables = Exact<{
  input: AddDiagnosisInput;
}>;


export type AddDiagnosisMutation = { addDiagnosis: { id: string, code: string | null, label: string, rank: DiagnosisRank, status: DiagnosisStatus, uncoded: boolean } };

export type AttachmentsQueryVariables = Exact<{
  patientId: string | number;
  first?: number | null | undefined;
}>;


export type AttachmentsQuery = { attachments: { totalCount: number, nodes: Array<{ id: string, title: string, fileName: string, contentType: string, sizeBytes: number, occurredAt: string, recordedByName: string, url: string }> } };

export type CareNotesQueryVariables = Exact<{
  patientId: string | number;
  first?: number | null | undefined;
}>;


export type CareNotesQuery = { careNotes: { totalCount: number, nodes: Array<{ id: string, category: CareNoteCategory, text: string, occurredAt: string, recordedByName: string, authorRole: Role }> } };

export type ChartPatientSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChartPatientSearchQuery = { patients: { nodes: Array<{ id: string, mrn: string, displayName: string, age: number, sex: Sex, allergyStatus: AllergyStatus }> } };

export type CollectLabSpecimensMutationVariables = Exact<{
  input: CollectLabSpecimensInput;
}>;


export type CollectLabSpecimensMutation = { collectLabSpecimens: Array<{ id: string, testCode: string, testNameEn: string, testNameFr: string, specimen: string, priority: LabPriority, status: LabOrderStatus, occurredAt: string, orderedByName: string, collectedAt: string | null }> };

export type CompleteEncounterMutationVariables = Exact<{
  input: CompleteEncounterInput;
}>;


export type CompleteEncounterMutation = { completeEncounter: { id: string, kind: EncounterKind, status: EncounterStatus, reason: string, startedAt: string, endedAt: string | null, practitionerName: string } };

export type CreateEncounterMutationVariables = Exact<{
  input: CreateEncounterInput;
}>;


export type CreateEncounterMutation = { createEncounter: { id: string, kind: EncounterKind, status: EncounterStatus, reason: string, startedAt: string, endedAt: string | null, practitionerName: string } };

export type EncounterDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type EncounterDetailQuery = { encounter: { subjective: string | null, objective: string | null, assessment: string | null, plan: string | null, recordedByName: string, id: string, kind: EncounterKind, status: EncounterStatus, reason: string, startedAt: string, endedAt: string | null, practitionerName: string } };

export type EnterLabResultMutationVariables = Exact<{
  input: EnterLabResultInput;
}>;


export type EnterLabResultMutation = { enterLabResult: { id: string, orderId: string, testCode: string, testNameEn: string, testNameFr: string, valueNumeric: number | null, valueText: string | null, unit: string | null, flag: ResultFlag, critical: boolean, referenceLow: number | null, referenceHigh: number | null, comment: string | null, occurredAt: string, validatedAt: string | null, validatedByName: string | null, recordedByName: string } };

export type Icd10CodesQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type Icd10CodesQuery = { icd10Codes: Array<{ code: string, titleEn: string, titleFr: string }> };

export type LabTestsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type LabTestsQuery = { labTests: Array<{ id: string, code: string, nameEn: string, nameFr: string, specimen: string, unit: string | null, numeric: boolean, referenceRanges: Array<{ sex: Sex | null, minAgeYears: number | null, maxAgeYears: number | null, low: number | null, high: number | null, criticalLow: number | null, criticalHigh: number | null }> }> };

export type LabWorklistQueryVariables = Exact<{
  statuses?: Array<LabOrderStatus> | LabOrderStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LabWorklistQuery = { labOrders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ clinicalInfo: string | null, id: string, testCode: string, testNameEn: string, testNameFr: string, specimen: string, priority: LabPriority, status: LabOrderStatus, occurredAt: string, orderedByName: string, collectedAt: string | null, patient: { id: string, displayName: string, mrn: string, age: number, sex: Sex }, result: { id: string, orderId: string, testCode: string, testNameEn: string, testNameFr: string, valueNumeric: number | null, valueText: string | null, unit: string | null, flag: ResultFlag, critical: boolean, referenceLow: number | null, referenceHigh: number | null, comment: string | null, occurredAt: string, validatedAt: string | null, validatedByName: string | null, recordedByName: string } | null }> } };

export type MarkEnteredInErrorMutationVariables = Exact<{
  input: MarkEnteredInErrorInput;
}>;


export type MarkEnteredInErrorMutation = { markEnteredInError: { id: string, kind: ClinicalEntryKind, enteredInError: boolean } };

export type MedicationScheduleQueryVariables = Exact<{
  patientId: string | number;
  from: string;
  to: string;
}>;


export type MedicationScheduleQuery = { medicationSchedule: Array<{ scheduledAt: string, state: DoseState, prescription: { id: string, medicationName: string, strength: string | null, dose: number, doseUnit: string, route: MedicationRoute }, administration: { id: string, status: AdministrationStatus, occurredAt: string, dose: number | null, doseUnit: string | null, reason: string | null, recordedByName: string } | null }> };

export type MyPatientIdQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPatientIdQuery = { me: { id: string, patient: { id: string } | null } };

export type MyRecordQueryVariables = Exact<{
  patientId: string | number;
}>;


export type MyRecordQuery = { patientChart: { patientId: string, allergies: Array<{ id: string, substance: string, reaction: string | null, severity: AllergySeverity }>, activePrescriptions: Array<{ id: string, medicationName: string, form: string | null, strength: string | null, dose: number, doseUnit: string, route: MedicationRoute, scheduleTimes: Array<string>, intervalHours: number | null, asNeeded: boolean, startAt: string, endAt: string | null, instructions: string | null, status: PrescriptionStatus, allergyConflicts: Array<string>, allergyOverrideReason: string | null, recordedByName: string }>, latestVitals: { id: string, takenAt: string, temperatureC: number | null, heartRate: number | null, systolicBp: number | null, diastolicBp: number | null, respiratoryRate: number | null, spo2: number | null, onOxygen: boolean | null, consciousness: Consciousness | null, painScore: number | null, weightKg: number | null, glucoseMmolL: number | null, news2Score: number | null, news2Risk: News2Risk | null, abnormal: Array<string>, recordedByName: string, enteredInError: boolean } | null, vitalsTrend: Array<{ id: string, takenAt: string, temperatureC: number | null, heartRate: number | null, systolicBp: number | null, diastolicBp: number | null, respiratoryRate: number | null, spo2: number | null, onOxygen: boolean | null, consciousness: Consciousness | null, painScore: number | null, weightKg: number | null, glucoseMmolL: number | null, news2Score: number | null, news2Risk: News2Risk | null, abnormal: Array<string>, recordedByName: string, enteredInError: boolean }> }, encounters: { nodes: Array<{ id: string, kind: EncounterKind, status: EncounterStatus, reason: string, startedAt: string, endedAt: string | null, practitionerName: string }> }, labResults: { nodes: Array<{ id: string, orderId: string, testCode: string, testNameEn: string, testNameFr: string, valueNumeric: number | null, valueText: string | null, unit: string | null, flag: ResultFlag, critical: boolean, referenceLow: number | null, referenceHigh: number | null, comment: string | null, occurredAt: string, validatedAt: string | null, validatedByName: string | null, recordedByName: string }> } };

export type OrderLabTestsMutationVariables = Exact<{
  input: OrderLabTestsInput;
}>;


export type OrderLabTestsMutation = { orderLabTests: Array<{ id: string, testCode: string, testNameEn: string, testNameFr: string, specimen: string, priority: LabPriority, status: LabOrderStatus, occurredAt: string, orderedByName: string, collectedAt: string | null }> };

export type PatientChartQueryVariables = Exact<{
  patientId: string | number;
}>;


export type PatientChartQuery = { patientChart: { patientId: string, allergies: Array<{ id: string, substance: string, reaction: string | null, severity: AllergySeverity }>, activeProblems: Array<{ id: string, code: string | null, label: string, rank: DiagnosisRank, occurredAt: string }>, activePrescriptions: Array<{ id: string, medicationName: string, form: string | null, strength: string | null, dose: number, doseUnit: string, route: MedicationRoute, scheduleTimes: Array<string>, intervalHours: number | null, asNeeded: boolean, startAt: string, endAt: string | null, instructions: string | null, status: PrescriptionStatus, allergyConflicts: Array<string>, allergyOverrideReason: string | null, recordedByName: string }>, latestVitals: { id: string, takenAt: string, temperatureC: number | null, heartRate: number | null, systolicBp: number | null, diastolicBp: number | null, respiratoryRate: number | null, spo2: number | null, onOxygen: boolean | null, consciousness: Consciousness | null, painScore: number | null, weightKg: number | null, glucoseMmolL: number | null, news2Score: number | null, news2Risk: News2Risk | null, abnormal: Array<string>, recordedByName: string, enteredInError: boolean } | null, vitalsTrend: Array<{ id: string, takenAt: string, temperatureC: number | null, heartRate: number | null, systolicBp: number | null, diastolicBp: number | null, respiratoryRate: number | null, spo2: number | null, onOxygen: boolean | null, consciousness: Consciousness | null, painScore: number | null, weightKg: number | null, glucoseMmolL: number | null, news2Score: number | null, news2Risk: News2Risk | null, abnormal: Array<string>, recordedByName: string, enteredInError: boolean }>, pendingLabOrders: Array<{ id: string, testCode: string, testNameEn: string, testNameFr: string, specimen: string, priority: LabPriority, status: LabOrderStatus, occurredAt: string, orderedByName: string, collectedAt: string | null }>, recentLabResults: Array<{ id: string, orderId: string, testCode: string, testNameEn: string, testNameFr: string, valueNumeric: number | null, valueText: string | null, unit: string | null, flag: ResultFlag, critical: boolean, referenceLow: number | null, referenceHigh: number | null, comment: string | null, occurredAt: string, validatedAt: string | null, validatedByName: string | null, recordedByName: string }>, recentEncounters: Array<{ id: string, kind: EncounterKind, status: EncounterStatus, reason: string, startedAt: string, endedAt: string | null, practitionerName: string }> } };

export type PatientDiagnosesQueryVariables = Exact<{
  patientId: string | number;
}>;


export type PatientDiagnosesQuery = { diagnoses: Array<{ id: string, code: string | null, label: string, rank: DiagnosisRank, status: DiagnosisStatus, encounterId: string | null, enteredInError: boolean, enteredInErrorReason: string | null }> };

export type PatientLabOrdersQueryVariables = Exact<{
  patientId: string | number;
  first?: number | null | undefined;
}>;


export type PatientLabOrdersQuery = { labOrders: { nodes: Array<{ id: string, testCode: string, testNameEn: string, testNameFr: string, specimen: string, priority: LabPriority, status: LabOrderStatus, occurredAt: string, orderedByName: string, collectedAt: string | null, result: { id: string, orderId: string, testCode: string, testNameEn: string, testNameFr: string, valueNumeric: number | null, valueText: string | null, unit: string | null, flag: ResultFlag, critical: boolean, referenceLow: number | null, referenceHigh: number | null, comment: string | null, occurredAt: string, validatedAt: string | null, validatedByName: string | null, recordedByName: string } | null }> } };

export type PatientTimelineQueryVariables = Exact<{
  patientId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  kinds?: Array<ClinicalEntryKind> | ClinicalEntryKind | null | undefined;
}>;


export type PatientTimelineQuery = { patientTimeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: ClinicalEntryKind, occurredAt: string, enteredInError: boolean, encounter: { enteredInErrorReason: string | null, id: string, kind: EncounterKind, status: EncounterStatus, reason: string, startedAt: string, endedAt: string | null, practitionerName: string } | null, diagnosis: { id: string, code: string | null, label: string, rank: DiagnosisRank, status: DiagnosisStatus, recordedByName: string, enteredInErrorReason: string | null } | null, prescription: { stopReason: string | null, enteredInErrorReason: string | null, id: string, medicationName: string, form: string | null, strength: string | null, dose: number, doseUnit: string, route: MedicationRoute, scheduleTimes: Array<string>, intervalHours: number | null, asNeeded: boolean, startAt: string, endAt: string | null, instructions: string | null, status: PrescriptionStatus, allergyConflicts: Array<string>, allergyOverrideReason: string | null, recordedByName: string } | null, vitals: { enteredInErrorReason: string | null, id: string, takenAt: string, temperatureC: number | null, heartRate: number | null, systolicBp: number | null, diastolicBp: number | null, respiratoryRate: number | null, spo2: number | null, onOxygen: boolean | null, consciousness: Consciousness | null, painScore: number | null, weightKg: number | null, glucoseMmolL: number | null, news2Score: number | null, news2Risk: News2Risk | null, abnormal: Array<string>, recordedByName: string, enteredInError: boolean } | null, careNote: { id: string, category: CareNoteCategory, text: string, recordedByName: string, enteredInErrorReason: string | null } | null, administration: { id: string, status: AdministrationStatus, dose: number | null, doseUnit: string | null, reason: string | null, scheduledAt: string | null, prescriptionId: string, recordedByName: string } | null, labOrder: { id: string, testCode: string, testNameEn: string, testNameFr: string, specimen: string, priority: LabPriority, status: LabOrderStatus, occurredAt: string, orderedByName: string, collectedAt: string | null } | null, labResult: { id: string, orderId: string, testCode: string, testNameEn: string, testNameFr: string, valueNumeric: number | null, valueText: string | null, unit: string | null, flag: ResultFlag, critical: boolean, referenceLow: number | null, referenceHigh: number | null, comment: string | null, occurredAt: string, validatedAt: string | null, validatedByName: string | null, recordedByName: string } | null, attachment: { id: string, title: string, fileName: string, contentType: string } | null }> } };

export type PrescribeMutationVariables = Exact<{
  input: PrescribeInput;
}>;


export type PrescribeMutation = { prescribe: { id: string, medicationName: string, form: string | null, strength: string | null, dose: number, doseUnit: string, route: MedicationRoute, scheduleTimes: Array<string>, intervalHours: number | null, asNeeded: boolean, startAt: string, endAt: string | null, instructions: string | null, status: PrescriptionStatus, allergyConflicts: Array<string>, allergyOverrideReason: string | null, recordedByName: string } };

export type ProposedLotQueryVariables = Exact<{
  prescriptionId: string | number;
}>;


export type ProposedLotQuery = { proposedLot: { locationId: string, quantity: number, lot: { id: string, lotNumber: string, expiryDate: string } } | null };

export type RecordMedicationAdministrationMutationVariables = Exact<{
  input: RecordMedicationAdministrationInput;
}>;


export type RecordMedicationAdministrationMutation = { recordMedicationAdministration: { id: string, status: AdministrationStatus, scheduledAt: string | null, occurredAt: string, dose: number | null, doseUnit: string | null, reason: string | null, recordedByName: string } };

export type RecordVitalsMutationVariables = Exact<{
  input: RecordVitalsInput;
}>;


export type RecordVitalsMutation = { recordVitals: { id: string, takenAt: string, temperatureC: number | null, heartRate: number | null, systolicBp: number | null, diastolicBp: number | null, respiratoryRate: number | null, spo2: number | null, onOxygen: boolean | null, consciousness: Consciousness | null, painScore: number | null, weightKg: number | null, glucoseMmolL: number | null, news2Score: number | null, news2Risk: News2Risk | null, abnormal: Array<string>, recordedByName: string, enteredInError: boolean } };

export type RecordsEncounterFragment = { id: string, kind: EncounterKind, status: EncounterStatus, reason: string, startedAt: string, endedAt: string | null, practitionerName: string };

export type RecordsLabOrderFragment = { id: string, testCode: string, testNameEn: string, testNameFr: string, specimen: string, priority: LabPriority, status: LabOrderStatus, occurredAt: string, orderedByName: string, collectedAt: string | null };

export type RecordsLabResultFragment = { id: string, orderId: string, testCode: string, testNameEn: string, testNameFr: string, valueNumeric: number | null, valueText: string | null, unit: string | null, flag: ResultFlag, critical: boolean, referenceLow: number | null, referenceHigh: number | null, comment: string | null, occurredAt: string, validatedAt: string | null, validatedByName: string | null, recordedByName: string };

export type RecordsPrescriptionFragment = { id: string, medicationName: string, form: string | null, strength: string | null, dose: number, doseUnit: string, route: MedicationRoute, scheduleTimes: Array<string>, intervalHours: number | null, asNeeded: boolean, startAt: string, endAt: string | null, instructions: string | null, status: PrescriptionStatus, allergyConflicts: Array<string>, allergyOverrideReason: string | null, recordedByName: string };

export type RecordsVitalsFragment = { id: string, takenAt: string, temperatureC: number | null, heartRate: number | null, systolicBp: number | null, diastolicBp: number | null, respiratoryRate: number | null, spo2: number | null, onOxygen: boolean | null, consciousness: Consciousness | null, painScore: number | null, weightKg: number | null, glucoseMmolL: number | null, news2Score: number | null, news2Risk: News2Risk | null, abnormal: Array<string>, recordedByName: string, enteredInError: boolean };

export type ResolveDiagnosisMutationVariables = Exact<{
  input: ResolveDiagnosisInput;
}>;


export type ResolveDiagnosisMutation = { resolveDiagnosis: { id: string, status: DiagnosisStatus, resolvedAt: string | null } };

export type StopPrescriptionMutationVariables = Exact<{
  input: StopPrescriptionInput;
}>;


export type StopPrescriptionMutation = { stopPrescription: { stoppedAt: string | null, stopReason: string | null, id: string, medicationName: string, form: string | null, strength: string | null, dose: number, doseUnit: string, route: MedicationRoute, scheduleTimes: Array<string>, intervalHours: number | null, asNeeded: boolean, startAt: string, endAt: string | null, instructions: string | null, status: PrescriptionStatus, allergyConflicts: Array<string>, allergyOverrideReason: string | null, recordedByName: string } };

export type UrgentNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UrgentNotificationsQuery = { notifications: { nodes: Array<{ id: string, kind: NotificationKind, params: Record<string, unknown>, urgent: boolean, link: string | null, createdAt: string }> } };

export type ValidateLabResultMutationVariables = Exact<{
  input: ValidateLabResultInput;
}>;


export type ValidateLabResultMutation = { validateLabResult: { id: string, orderId: string, testCode: string, testNameEn: string, testNameFr: string, valueNumeric: number | null, valueText: string | null, unit: string | null, flag: ResultFlag, critical: boolean, referenceLow: number | null, referenceHigh: number | null, comment: string | null, occurredAt: string, validatedAt: string | null, validatedByName: string | null, recordedByName: string } };

export type DashboardQueryVariables = Exact<{
  period: ReportPeriodInput;
  serviceId?: string | number | null | undefined;
}>;


export type DashboardQuery = { dashboard: { from: string, to: string, serviceId: string | null, ownActivityOnly: boolean, demographics: { patientsSeen: number, filteredByService: boolean, byAgeRange: Array<{ ageRange: AgeRange | null, patients: number }>, bySex: Array<{ sex: Sex | null, patients: number }>, cells: Array<{ ageRange: AgeRange | null, sex: Sex | null, patients: number }> } | null, appointments: { ownActivityOnly: boolean, practitioners: Array<{ practitionerId: string | null, name: string | null, specialty: string | null, booked: number, completed: number, cancelled: number, cancelledByPractitioner: number, noShows: number, pending: number, completedMinutes: number, cancellationRate: number | null, noShowRate: number | null }>, total: { booked: number, completed: number, cancelled: number, cancelledByPractitioner: number, noShows: number, pending: number, completedMinutes: number, cancellationRate: number | null, noShowRate: number | null } }, occupancy: { filteredByService: boolean, wards: Array<{ wardId: string | null, wardName: string | null, beds: number, bedNights: number, occupiedBedNights: number, occupancyRate: number | null, discharges: number, meanLengthOfStayDays: number | null }>, total: { beds: number, bedNights: number, occupiedBedNights: number, occupancyRate: number | null, discharges: number, meanLengthOfStayDays: number | null } } | null, emergency: { arrivals: number, closed: number, admitted: number, medianMinutesToTriage: number | null, medianMinutesToDoctor: number | null, admissionRate: number | null, outcomes: Array<{ outcome: EmergencyOutcome, cases: number }> } | null, revenue: { currency: string, invoicesIssued: number, creditNotesIssued: number, outstandingPatientMinor: number, outstandingInsurerMinor: number, outstandingMinor: number, byActKind: Array<{ actKind: ActKind | null, invoicedMinor: number, creditedMinor: number, netMinor: number, insurerMinor: number, patientMinor: number }>, total: { invoicedMinor: number, creditedMinor: number, netMinor: number, insurerMinor: number, patientMinor: number }, payments: { receivedMinor: number, refundedMinor: number, netMinor: number } } | null, expenses: { currency: string, purchasesMinor: number, purchasedUnits: number, filteredByService: boolean, totalMinor: number, writeOffsByReason: Array<{ reason: string | null, units: number, valueMinor: number }>, writeOffs: { units: number, valueMinor: number } } | null } };

export type ReportExportQueryVariables = Exact<{
  kind: ReportExportKind;
  period: ReportPeriodInput;
  serviceId?: string | number | null | undefined;
  separator?: CsvSeparator | null | undefined;
  language?: Locale | null | undefined;
}>;


export type ReportExportQuery = { reportExport: { fileName: string, contentType: string, base64: string } };

export type ReportServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportServicesQuery = { reportServices: Array<{ id: string, name: string, wards: number }> };

export type AcceptWaitlistOfferMutationVariables = Exact<{
  input: WaitlistIdInput;
}>;


export type AcceptWaitlistOfferMutation = { acceptWaitlistOffer: { id: string, startsAt: string, endsAt: string, originalStartsAt: string | null, durationMinutes: number, status: AppointmentStatus, reason: string, cancelReason: string | null, version: number, practitioner: { id: string, displayName: string, specialtyInfo: { code: string, labelFr: string, labelEn: string } } } };

export type AddAvailabilityExceptionMutationVariables = Exact<{
  input: AddAvailabilityExceptionInput;
}>;


export type AddAvailabilityExceptionMutation = { addAvailabilityException: { id: string, kind: AvailabilityExceptionKind, startsAt: string, endsAt: string, slotMinutes: number | null, reason: string | null } };

export type AppointmentChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AppointmentChangedSubscription = { appointmentChanged: { appointmentId: string, practitionerId: string, kind: string } };

export type AppointmentFieldsFragment = { id: string, startsAt: string, endsAt: string, originalStartsAt: string | null, durationMinutes: number, status: AppointmentStatus, reason: string, cancelReason: string | null, version: number, practitioner: { id: string, displayName: string, specialtyInfo: { code: string, labelFr: string, labelEn: string } } };

export type AppointmentsQueryVariables = Exact<{
  filter?: AppointmentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AppointmentsQuery = { appointments: { nodes: Array<{ id: string, startsAt: string, endsAt: string, originalStartsAt: string | null, durationMinutes: number, status: AppointmentStatus, reason: string, cancelReason: string | null, version: number, practitioner: { id: string, displayName: string, specialtyInfo: { code: string, labelFr: string, labelEn: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AvailableSlotsQueryVariables = Exact<{
  practitionerId?: string | number | null | undefined;
  specialty?: string | null | undefined;
  from: string;
  to: string;
}>;


export type AvailableSlotsQuery = { availableSlots: Array<{ practitioner: { id: string, displayName: string }, slots: Array<{ startsAt: string, endsAt: string }> }> };

export type SchedulingBoardAppointmentFragment = { id: string, startsAt: string, endsAt: string, originalStartsAt: string | null, durationMinutes: number, status: AppointmentStatus, reason: string, version: number, patient: { id: string, displayName: string, mrn: string, phone: string | null } };

export type BookAppointmentMutationVariables = Exact<{
  input: BookAppointmentInput;
}>;


export type BookAppointmentMutation = { bookAppointment: { id: string, startsAt: string, endsAt: string, originalStartsAt: string | null, durationMinutes: number, status: AppointmentStatus, reason: string, cancelReason: string | null, version: number, practitioner: { id: string, displayName: string, specialtyInfo: { code: string, labelFr: string, labelEn: string } } } };

export type CancelAppointmentMutationVariables = Exact<{
  input: CancelAppointmentInput;
}>;


export type CancelAppointmentMutation = { cancelAppointment: { id: string, startsAt: string, endsAt: string, originalStartsAt: string | null, durationMinutes: number, status: AppointmentStatus, reason: string, cancelReason: string | null, version: number, practitioner: { id: string, displayName: string, specialtyInfo: { code: string, labelFr: string, labelEn: string } } } };

export type CancelPractitionerDayMutationVariables = Exact<{
  input: CancelPractitionerDayInput;
}>;


export type CancelPractitionerDayMutation = { cancelPractitionerDay: Array<{ phone: string | null, patient: { id: string, displayName: string, mrn: string }, appointment: { id: string, startsAt: string, status: AppointmentStatus } }> };

export type CancelWaitlistRequestMutationVariables = Exact<{
  input: WaitlistIdInput;
}>;


export type CancelWaitlistRequestMutation = { cancelWaitlistRequest: { id: string, status: WaitlistStatus } };

export type CheckInAppointmentMutationVariables = Exact<{
  input: AppointmentIdInput;
}>;


export type CheckInAppointmentMutation = { checkInAppointment: { id: string, status: AppointmentStatus, version: number } };

export type CompleteAppointmentMutationVariables = Exact<{
  input: AppointmentIdInput;
}>;


export type CompleteAppointmentMutation = { completeAppointment: { id: string, status: AppointmentStatus, version: number } };

export type ConfirmAppointmentMutationVariables = Exact<{
  input: AppointmentIdInput;
}>;


export type ConfirmAppointmentMutation = { confirmAppointment: { id: string, status: AppointmentStatus, version: number } };

export type DayBoardQueryVariables = Exact<{
  date: string;
  practitionerId?: string | number | null | undefined;
}>;


export type DayBoardQuery = { dayBoard: Array<{ practitioner: { id: string, displayName: string, specialtyInfo: { code: string, labelFr: string, labelEn: string } }, appointments: Array<{ id: string, startsAt: string, endsAt: string, originalStartsAt: string | null, durationMinutes: number, status: AppointmentStatus, reason: string, version: number, patient: { id: string, displayName: string, mrn: string, phone: string | null } }> }> };

export type DoctorAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type DoctorAccountsQuery = { users: { nodes: Array<{ id: string, displayName: string, active: boolean }> } };

export type MarkNoShowMutationVariables = Exact<{
  input: AppointmentIdInput;
}>;


export type MarkNoShowMutation = { markNoShow: { id: string, status: AppointmentStatus, version: number } };

export type MyPractitionerProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPractitionerProfileQuery = { myPractitionerProfile: { id: string, displayName: string, consultationMinutes: number, bio: string | null, languages: Array<string>, active: boolean, specialtyInfo: { code: string, labelFr: string, labelEn: string } } | null };

export type MyWorkingHoursQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkingHoursQuery = { myWorkingHours: Array<{ id: string, weekday: number, startTime: string, endTime: string }> };

export type SchedulingPatientPickerQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type SchedulingPatientPickerQuery = { patients: { nodes: Array<{ id: string, displayName: string, mrn: string, birthDate: string, phone: string | null }> } };

export type PractitionerAvailabilityQueryVariables = Exact<{
  id: string | number;
}>;


export type PractitionerAvailabilityQuery = { practitioner: { id: string, displayName: string, weeklySessions: Array<{ id: string, weekday: number, startTime: string, endTime: string, slotMinutes: number }> }, availabilityExceptions: Array<{ id: string, kind: AvailabilityExceptionKind, startsAt: string, endsAt: string, slotMinutes: number | null, reason: string | null }> };

export type PractitionersQueryVariables = Exact<{
  specialty?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PractitionersQuery = { practitioners: { nodes: Array<{ id: string, displayName: string, active: boolean, specialty: string, languages: Array<string>, bio: string | null, consultationMinutes: number, specialtyInfo: { code: string, labelFr: string, labelEn: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RemoveAvailabilityExceptionMutationVariables = Exact<{
  input: RemoveAvailabilityExceptionInput;
}>;


export type RemoveAvailabilityExceptionMutation = { removeAvailabilityException: boolean };

export type ReportDelayMutationVariables = Exact<{
  input: ReportDelayInput;
}>;


export type ReportDelayMutation = { reportDelay: Array<{ id: string, startsAt: string, endsAt: string, originalStartsAt: string | null, version: number }> };

export type RequestWaitlistMutationVariables = Exact<{
  input: RequestWaitlistInput;
}>;


export type RequestWaitlistMutation = { requestWaitlist: { id: string, status: WaitlistStatus } };

export type RescheduleAppointmentMutationVariables = Exact<{
  input: RescheduleAppointmentInput;
}>;


export type RescheduleAppointmentMutation = { rescheduleAppointment: { id: string, startsAt: string, endsAt: string, originalStartsAt: string | null, durationMinutes: number, status: AppointmentStatus, reason: string, cancelReason: string | null, version: number, practitioner: { id: string, displayName: string, specialtyInfo: { code: string, labelFr: string, labelEn: string } } } };

export type SetMyWorkingHoursMutationVariables = Exact<{
  input: SetMyWorkingHoursInput;
}>;


export type SetMyWorkingHoursMutation = { setMyWorkingHours: Array<{ id: string, weekday: number, startTime: string, endTime: string }> };

export type SetStaffWorkingHoursMutationVariables = Exact<{
  input: SetStaffWorkingHoursInput;
}>;


export type SetStaffWorkingHoursMutation = { setStaffWorkingHours: Array<{ id: string, weekday: number, startTime: string, endTime: string }> };

export type SetWeeklyAvailabilityMutationVariables = Exact<{
  input: SetWeeklyAvailabilityInput;
}>;


export type SetWeeklyAvailabilityMutation = { setWeeklyAvailability: { id: string, weeklySessions: Array<{ id: string, weekday: number, startTime: string, endTime: string, slotMinutes: number }> } };

export type SpecialtiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecialtiesQuery = { specialties: Array<{ code: string, labelFr: string, labelEn: string }> };

export type StaffHoursEntryFragment = { userId: string, displayName: string, role: Role, jobTitle: string | null, spans: Array<{ id: string, weekday: number, startTime: string, endTime: string }> };

export type StaffHoursNameFragment = { userId: string, displayName: string };

export type StaffHoursRosterQueryVariables = Exact<{
  search?: string | null | undefined;
  role?: Role | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffHoursRosterQuery = { staffHoursRoster: { totalCount: number, nodes: Array<{ userId: string, displayName: string, role: Role, jobTitle: string | null, spans: Array<{ id: string, weekday: number, startTime: string, endTime: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StaffHoursQueryVariables = Exact<{
  userId: string | number;
}>;


export type StaffHoursQuery = { staffHours: { userId: string, displayName: string, role: Role, jobTitle: string | null, spans: Array<{ id: string, weekday: number, startTime: string, endTime: string }> } };

export type StartAppointmentMutationVariables = Exact<{
  input: AppointmentIdInput;
}>;


export type StartAppointmentMutation = { startAppointment: { id: string, status: AppointmentStatus, version: number } };

export type UpdateMyPractitionerProfileMutationVariables = Exact<{
  input: UpdateMyPractitionerProfileInput;
}>;


export type UpdateMyPractitionerProfileMutation = { updateMyPractitionerProfile: { id: string, bio: string | null, languages: Array<string>, consultationMinutes: number } };

export type UpsertPractitionerMutationVariables = Exact<{
  input: UpsertPractitionerInput;
}>;


export type UpsertPractitionerMutation = { upsertPractitioner: { id: string, displayName: string, active: boolean, specialty: string, languages: Array<string>, bio: string | null, consultationMinutes: number, specialtyInfo: { code: string, labelFr: string, labelEn: string } } };

export type VisitHistoryQueryVariables = Exact<{
  patientId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VisitHistoryQuery = { visitHistory: { nodes: Array<{ id: string, startsAt: string, reason: string, encounterId: string | null, practitioner: { id: string, displayName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WaitlistQueryVariables = Exact<{
  patientId?: string | number | null | undefined;
}>;


export type WaitlistQuery = { waitlist: Array<{ id: string, status: WaitlistStatus, fromDate: string, toDate: string, specialty: string | null, reason: string | null, createdAt: string, patient: { id: string, displayName: string, phone: string | null }, practitioner: { id: string, displayName: string } | null, offer: { id: string, startsAt: string, endsAt: string, expiresAt: string, status: WaitlistOfferStatus } | null }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { temporaryPassword: string, user: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, givenName: string, familyName: string, displayName: string, phone: string | null, jobTitle: string | null, locale: Locale, lastLoginAt: string | null, createdAt: string } } };

export type ResetUserMfaMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetUserMfaMutation = { resetUserMfa: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, givenName: string, familyName: string, displayName: string, phone: string | null, jobTitle: string | null, locale: Locale, lastLoginAt: string | null, createdAt: string } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { temporaryPassword: string, user: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, givenName: string, familyName: string, displayName: string, phone: string | null, jobTitle: string | null, locale: Locale, lastLoginAt: string | null, createdAt: string } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, givenName: string, familyName: string, displayName: string, phone: string | null, jobTitle: string | null, locale: Locale, lastLoginAt: string | null, createdAt: string } };

export type UserFieldsFragment = { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, givenName: string, familyName: string, displayName: string, phone: string | null, jobTitle: string | null, locale: Locale, lastLoginAt: string | null, createdAt: string };

export type UserQueryVariables = Exact<{
  id: string | number;
}>;


export type UserQuery = { user: { id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, givenName: string, familyName: string, displayName: string, phone: string | null, jobTitle: string | null, locale: Locale, lastLoginAt: string | null, createdAt: string } };

export type UsersQueryVariables = Exact<{
  search?: string | null | undefined;
  role?: Role | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, email: string, role: Role, active: boolean, mustChangePassword: boolean, mfaEnabled: boolean, givenName: string, familyName: string, displayName: string, phone: string | null, jobTitle: string | null, locale: Locale, lastLoginAt: string | null, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AddBedMutationVariables = Exact<{
  input: AddBedInput;
}>;


export type AddBedMutation = { addBed: { id: string, label: string, condition: BedCondition } };

export type AdmitPatientMutationVariables = Exact<{
  input: AdmitPatientInput;
}>;


export type AdmitPatientMutation = { admitPatient: { id: string, status: AdmissionStatus } };

export type AssignNursesMutationVariables = Exact<{
  input: AssignNursesInput;
}>;


export type AssignNursesMutation = { assignNurses: Array<{ id: string, date: string, shift: Shift, nurseUserId: string, nurseName: string }> };

export type AttendingCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AttendingCandidatesQuery = { attendingCandidates: Array<{ userId: string, name: string, jobTitle: string | null }> };

export type BedBoardChangedSubscriptionVariables = Exact<{
  wardId?: string | number | null | undefined;
}>;


export type BedBoardChangedSubscription = { bedBoardChanged: { wardId: string, bedId: string, change: string } };

export type BedBoardQueryVariables = Exact<{
  wardId: string | number;
  clinical: boolean;
}>;


export type BedBoardQuery = { bedBoard: { asOf: string, shift: Shift, ward: { id: string, name: string, floor: string }, nurses: Array<{ id: string, nurseUserId: string, nurseName: string }>, beds: Array<{ bedId: string, label: string, roomId: string, roomNumber: string, roomKind: RoomKind, isolationCapable: boolean, status: BedStatus, condition: BedCondition, conditionReason: string | null, conditionSince: string, reservationId: string | null, reservedFor: string | null, reservedPatientName: string | null, reservedPatientId: string | null, occupant: { admissionId: string, patientId: string, name: string, mrn: string, age: number, sex: Sex, days: number, admittedAt: string, attendingName: string, attendingUserId: string, clinicalShown: boolean, news2Score?: number | null, news2Risk?: News2Risk | null, allergyFlag?: boolean | null, newResults?: number | null } | null }> } };

export type CancelAdmissionMutationVariables = Exact<{
  input: CancelAdmissionInput;
}>;


export type CancelAdmissionMutation = { cancelAdmission: { id: string, status: AdmissionStatus } };

export type CancelBedReservationMutationVariables = Exact<{
  input: ReservationIdInput;
}>;


export type CancelBedReservationMutation = { cancelBedReservation: { id: string } };

export type DischargePatientMutationVariables = Exact<{
  input: DischargePatientInput;
}>;


export type DischargePatientMutation = { dischargePatient: { id: string, status: AdmissionStatus } };

export type InpatientRowFieldsFragment = { admissionId: string, patientId: string, name: string, mrn: string, age: number, sex: Sex, days: number, wardId: string, wardName: string, roomNumber: string, bedId: string, bedLabel: string, attendingName: string, reason: string, news2Score: number | null, news2Risk: News2Risk | null, news2At: string | null, allergyFlag: boolean | null, newResults: number | null };

export type MyPatientsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPatientsQuery = { myPatients: Array<{ admissionId: string, patientId: string, name: string, mrn: string, age: number, sex: Sex, days: number, wardId: string, wardName: string, roomNumber: string, bedId: string, bedLabel: string, attendingName: string, reason: string, news2Score: number | null, news2Risk: News2Risk | null, news2At: string | null, allergyFlag: boolean | null, newResults: number | null }> };

export type MyRoundQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRoundQuery = { myRound: Array<{ admissionId: string, patientId: string, name: string, mrn: string, age: number, sex: Sex, days: number, wardId: string, wardName: string, roomNumber: string, bedId: string, bedLabel: string, attendingName: string, reason: string, news2Score: number | null, news2Risk: News2Risk | null, news2At: string | null, allergyFlag: boolean | null, newResults: number | null }> };

export type NurseAssignmentsQueryVariables = Exact<{
  date: string;
  wardId?: string | number | null | undefined;
}>;


export type NurseAssignmentsQuery = { nurseAssignments: Array<{ id: string, date: string, shift: Shift, nurseUserId: string, nurseName: string }> };

export type NurseCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type NurseCandidatesQuery = { nurseCandidates: Array<{ userId: string, name: string, jobTitle: string | null }> };

export type PatientAdmissionsQueryVariables = Exact<{
  patientId: string | number;
  clinical: boolean;
}>;


export type PatientAdmissionsQuery = { patient: { id: string, displayName: string, mrn: string }, admissions: Array<{ id: string, status: AdmissionStatus, source: AdmissionSource, reason?: string, admittedAt: string, dischargedAt: string | null, dischargeDestination: DischargeDestination | null, dischargeSummary?: string | null, cancelledAt: string | null, cancelReason: string | null, attendingName: string, stays: Array<{ id: string, startedAt: string, endedAt: string | null, transferReason: string | null, bed: { id: string, label: string }, ward: { id: string, name: string } }> }> };

export type RemoveBedMutationVariables = Exact<{
  input: BedIdInput;
}>;


export type RemoveBedMutation = { removeBed: { id: string } };

export type ReserveBedMutationVariables = Exact<{
  input: ReserveBedInput;
}>;


export type ReserveBedMutation = { reserveBed: { id: string, plannedFor: string, note: string | null } };

export type SaveRoomMutationVariables = Exact<{
  input: SaveRoomInput;
}>;


export type SaveRoomMutation = { saveRoom: { id: string, number: string, kind: RoomKind, isolationCapable: boolean } };

export type SaveWardMutationVariables = Exact<{
  input: SaveWardInput;
}>;


export type SaveWardMutation = { saveWard: { id: string, name: string, floor: string, service: string, sexPolicy: SexPolicy, version: number } };

export type SetBedStatusMutationVariables = Exact<{
  input: SetBedStatusInput;
}>;


export type SetBedStatusMutation = { setBedStatus: { id: string, condition: BedCondition, conditionReason: string | null, version: number } };

export type TransferBedsQueryVariables = Exact<{
  wardId: string | number;
}>;


export type TransferBedsQuery = { bedBoard: { ward: { id: string, name: string }, beds: Array<{ bedId: string, label: string, roomNumber: string, status: BedStatus }> } };

export type TransferPatientMutationVariables = Exact<{
  input: TransferPatientInput;
}>;


export type TransferPatientMutation = { transferPatient: { id: string, status: AdmissionStatus } };

export type WardPatientPickerQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type WardPatientPickerQuery = { patients: { nodes: Array<{ id: string, displayName: string, mrn: string, birthDate: string, age: number, sex: Sex, status: PatientStatus }> } };

export type WardStructureQueryVariables = Exact<{
  id: string | number;
}>;


export type WardStructureQuery = { ward: { id: string, name: string, floor: string, service: string, sexPolicy: SexPolicy, version: number, rooms: Array<{ id: string, number: string, kind: RoomKind, isolationCapable: boolean, beds: Array<{ id: string, label: string, condition: BedCondition }> }> } };

export type WardsQueryVariables = Exact<{ [key: string]: never; }>;


export type WardsQuery = { wards: Array<{ id: string, name: string, floor: string, service: string, beds: number, free: number, occupied: number, reserved: number, toClean: number, outOfService: number }> };

export type WriteDischargeSummaryMutationVariables = Exact<{
  input: WriteDischargeSummaryInput;
}>;


export type WriteDischargeSummaryMutation = { writeDischargeSummary: { id: string, dischargeSummary: string | null } };

export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const BillingChargeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingChargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitMinor"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<BillingChargeFieldsFragment, unknown>;
export const BillingInvoiceLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitMinor"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}}]}}]} as unknown as DocumentNode<BillingInvoiceLineFieldsFragment, unknown>;
export const BillingInvoiceSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidPatientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidInsurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}}]}}]} as unknown as DocumentNode<BillingInvoiceSummaryFragment, unknown>;
export const BillingPaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingPaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByName"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}}]}}]} as unknown as DocumentNode<BillingPaymentFieldsFragment, unknown>;
export const BillingPaymentTotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingPaymentTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"CASH"}},{"kind":"Field","name":{"kind":"Name","value":"CARD"}},{"kind":"Field","name":{"kind":"Name","value":"MOBILE_MONEY"}},{"kind":"Field","name":{"kind":"Name","value":"BANK_TRANSFER"}},{"kind":"Field","name":{"kind":"Name","value":"INSURANCE"}}]}}]} as unknown as DocumentNode<BillingPaymentTotalsFragment, unknown>;
export const EmergencyCaseDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyCaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"complaintText"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"doctorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"doctorAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}},{"kind":"Field","name":{"kind":"Name","value":"admissionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unknownIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPatientId"}},{"kind":"Field","name":{"kind":"Name","value":"identityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAge"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"triages"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"vitalsId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<EmergencyCaseDetailFragment, unknown>;
export const PatientAllergyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientAllergyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PatientAllergyFieldsFragment, unknown>;
export const PharmacyLotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyLotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recallReason"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}}]}}]}}]} as unknown as DocumentNode<PharmacyLotFieldsFragment, unknown>;
export const PharmacyItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<PharmacyItemFieldsFragment, unknown>;
export const PharmacyMovementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyMovementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffReason"}},{"kind":"Field","name":{"kind":"Name","value":"lotChoiceReason"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PharmacyMovementFieldsFragment, unknown>;
export const PharmacyOperationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyMovementFields"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyMovementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffReason"}},{"kind":"Field","name":{"kind":"Name","value":"lotChoiceReason"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PharmacyOperationFieldsFragment, unknown>;
export const RecordsEncounterFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsEncounter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Encounter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}}]}}]} as unknown as DocumentNode<RecordsEncounterFragment, unknown>;
export const RecordsLabOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderedByName"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}}]}}]} as unknown as DocumentNode<RecordsLabOrderFragment, unknown>;
export const RecordsLabResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"valueNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"referenceLow"}},{"kind":"Field","name":{"kind":"Name","value":"referenceHigh"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]} as unknown as DocumentNode<RecordsLabResultFragment, unknown>;
export const RecordsPrescriptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsPrescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleTimes"}},{"kind":"Field","name":{"kind":"Name","value":"intervalHours"}},{"kind":"Field","name":{"kind":"Name","value":"asNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allergyConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"allergyOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]} as unknown as DocumentNode<RecordsPrescriptionFragment, unknown>;
export const RecordsVitalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsVitals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VitalSigns"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureC"}},{"kind":"Field","name":{"kind":"Name","value":"heartRate"}},{"kind":"Field","name":{"kind":"Name","value":"systolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"respiratoryRate"}},{"kind":"Field","name":{"kind":"Name","value":"spo2"}},{"kind":"Field","name":{"kind":"Name","value":"onOxygen"}},{"kind":"Field","name":{"kind":"Name","value":"consciousness"}},{"kind":"Field","name":{"kind":"Name","value":"painScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"glucoseMmolL"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"abnormal"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}}]}}]} as unknown as DocumentNode<RecordsVitalsFragment, unknown>;
export const AppointmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentFieldsFragment, unknown>;
export const SchedulingBoardAppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchedulingBoardAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<SchedulingBoardAppointmentFragment, unknown>;
export const StaffHoursEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffHoursEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<StaffHoursEntryFragment, unknown>;
export const StaffHoursNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffHoursName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<StaffHoursNameFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const InpatientRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InpatientRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InpatientRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"wardId"}},{"kind":"Field","name":{"kind":"Name","value":"wardName"}},{"kind":"Field","name":{"kind":"Name","value":"roomNumber"}},{"kind":"Field","name":{"kind":"Name","value":"bedId"}},{"kind":"Field","name":{"kind":"Name","value":"bedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"attendingName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"news2At"}},{"kind":"Field","name":{"kind":"Name","value":"allergyFlag"}},{"kind":"Field","name":{"kind":"Name","value":"newResults"}}]}}]} as unknown as DocumentNode<InpatientRowFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersOptOut"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ResendVerificationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendVerificationEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerificationEmail"}}]}}]} as unknown as DocumentNode<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const SetReminderOptOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReminderOptOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"optOut"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReminderOptOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"optOut"},"value":{"kind":"Variable","name":{"kind":"Name","value":"optOut"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remindersOptOut"}}]}}]}}]} as unknown as DocumentNode<SetReminderOptOutMutation, SetReminderOptOutMutationVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const RegisterPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]} as unknown as DocumentNode<RegisterPatientMutation, RegisterPatientMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const AddManualChargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddManualCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddManualChargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addManualCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingChargeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingChargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitMinor"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<AddManualChargeMutation, AddManualChargeMutationVariables>;
export const BillingPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"insurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"memberNumber"}}]}}]}}]}}]} as unknown as DocumentNode<BillingPatientQuery, BillingPatientQueryVariables>;
export const BillingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minorDigits"}}]}}]}}]} as unknown as DocumentNode<BillingSettingsQuery, BillingSettingsQueryVariables>;
export const BillingWorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingWorklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingWorklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"unbilledCharges"}},{"kind":"Field","name":{"kind":"Name","value":"unbilledMinor"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedCharges"}},{"kind":"Field","name":{"kind":"Name","value":"patientDueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerDueMinor"}}]}}]}}]} as unknown as DocumentNode<BillingWorklistQuery, BillingWorklistQueryVariables>;
export const CashUpPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CashUpPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cashUpPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentCount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCashMinor"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingPaymentTotals"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingPaymentTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"CASH"}},{"kind":"Field","name":{"kind":"Name","value":"CARD"}},{"kind":"Field","name":{"kind":"Name","value":"MOBILE_MONEY"}},{"kind":"Field","name":{"kind":"Name","value":"BANK_TRANSFER"}},{"kind":"Field","name":{"kind":"Name","value":"INSURANCE"}}]}}]} as unknown as DocumentNode<CashUpPreviewQuery, CashUpPreviewQueryVariables>;
export const CashUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CashUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cashUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cashierName"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCashMinor"}},{"kind":"Field","name":{"kind":"Name","value":"countedCashMinor"}},{"kind":"Field","name":{"kind":"Name","value":"differenceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingPaymentTotals"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingPaymentTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"CASH"}},{"kind":"Field","name":{"kind":"Name","value":"CARD"}},{"kind":"Field","name":{"kind":"Name","value":"MOBILE_MONEY"}},{"kind":"Field","name":{"kind":"Name","value":"BANK_TRANSFER"}},{"kind":"Field","name":{"kind":"Name","value":"INSURANCE"}}]}}]} as unknown as DocumentNode<CashUpsQuery, CashUpsQueryVariables>;
export const CloseCashDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCashDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCashDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCashDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCount"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCashMinor"}},{"kind":"Field","name":{"kind":"Name","value":"countedCashMinor"}},{"kind":"Field","name":{"kind":"Name","value":"differenceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CloseCashDayMutation, CloseCashDayMutationVariables>;
export const CreateInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingInvoiceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingInvoiceLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidPatientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidInsurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitMinor"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}}]}}]} as unknown as DocumentNode<CreateInvoiceMutation, CreateInvoiceMutationVariables>;
export const DiscardDraftInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardDraftInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardDraftInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingInvoiceSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidPatientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidInsurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}}]}}]} as unknown as DocumentNode<DiscardDraftInvoiceMutation, DiscardDraftInvoiceMutationVariables>;
export const InsuranceCoveragesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsuranceCoverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuranceCoverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"fixedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<InsuranceCoveragesQuery, InsuranceCoveragesQueryVariables>;
export const InvoicePdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicePdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicePdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<InvoicePdfQuery, InvoicePdfQueryVariables>;
export const InvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingInvoiceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"memberNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"creditedInvoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingInvoiceLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingPaymentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidPatientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidInsurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitMinor"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingPaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByName"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}}]}}]} as unknown as DocumentNode<InvoiceQuery, InvoiceQueryVariables>;
export const IssueCreditNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCreditNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCreditNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCreditNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingInvoiceSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidPatientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidInsurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}}]}}]} as unknown as DocumentNode<IssueCreditNoteMutation, IssueCreditNoteMutationVariables>;
export const IssueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingInvoiceSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidPatientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidInsurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}}]}}]} as unknown as DocumentNode<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const MyInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInvoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInvoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingInvoiceSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidPatientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidInsurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}}]}}]} as unknown as DocumentNode<MyInvoicesQuery, MyInvoicesQueryVariables>;
export const PatientBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientBilling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientBilling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"patientDueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerDueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"unbilledCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingChargeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingInvoiceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingInvoiceLineFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingChargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitMinor"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidPatientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"paidInsurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"balanceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingInvoiceLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitMinor"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}}]}}]} as unknown as DocumentNode<PatientBillingQuery, PatientBillingQueryVariables>;
export const PriceChargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PriceCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingChargeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingChargeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitMinor"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<PriceChargeMutation, PriceChargeMutationVariables>;
export const ReceiptPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceiptPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ReceiptPdfQuery, ReceiptPdfQueryVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingPaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingPaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByName"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const RefundPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingPaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingPaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedByName"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}}]}}]} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const SetInsuranceCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetInsuranceCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCoverageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInsuranceCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"fixedMinor"}}]}}]}}]} as unknown as DocumentNode<SetInsuranceCoverageMutation, SetInsuranceCoverageMutationVariables>;
export const SetTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<SetTariffMutation, SetTariffMutationVariables>;
export const TariffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tariffs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TariffsQuery, TariffsQueryVariables>;
export const EmergencyAccessStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyAccessState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyAccessState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mayOpen"}},{"kind":"Field","name":{"kind":"Name","value":"activeUntil"}}]}}]}}]} as unknown as DocumentNode<EmergencyAccessStateQuery, EmergencyAccessStateQueryVariables>;
export const EmergencyAccessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyAccesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyAccessStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clinicianName"}},{"kind":"Field","name":{"kind":"Name","value":"clinicianRole"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]}}]} as unknown as DocumentNode<EmergencyAccessesQuery, EmergencyAccessesQueryVariables>;
export const OpenEmergencyAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenEmergencyAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<OpenEmergencyAccessMutation, OpenEmergencyAccessMutationVariables>;
export const ReviewEmergencyAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewEmergencyAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]} as unknown as DocumentNode<ReviewEmergencyAccessMutation, ReviewEmergencyAccessMutationVariables>;
export const AmendEmergencyCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendEmergencyCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendEmergencyCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendEmergencyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<AmendEmergencyCaseMutation, AmendEmergencyCaseMutationVariables>;
export const CloseEmergencyCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseEmergencyCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseEmergencyCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeEmergencyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyCaseDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyCaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"complaintText"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"doctorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"doctorAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}},{"kind":"Field","name":{"kind":"Name","value":"admissionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unknownIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPatientId"}},{"kind":"Field","name":{"kind":"Name","value":"identityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAge"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"triages"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"vitalsId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CloseEmergencyCaseMutation, CloseEmergencyCaseMutationVariables>;
export const EmergencyCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyCaseDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyCaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"complaintText"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"doctorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"doctorAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}},{"kind":"Field","name":{"kind":"Name","value":"admissionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unknownIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPatientId"}},{"kind":"Field","name":{"kind":"Name","value":"identityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAge"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"triages"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"vitalsId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<EmergencyCaseQuery, EmergencyCaseQueryVariables>;
export const EmergencyQueueChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EmergencyQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyQueueChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]} as unknown as DocumentNode<EmergencyQueueChangedSubscription, EmergencyQueueChangedSubscriptionVariables>;
export const EmergencyQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"unknownIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"complaintText"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"doctorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"wait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<EmergencyQueueQuery, EmergencyQueueQueryVariables>;
export const MoveEmergencyCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveEmergencyCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveEmergencyCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveEmergencyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyCaseDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyCaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"complaintText"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"doctorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"doctorAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}},{"kind":"Field","name":{"kind":"Name","value":"admissionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unknownIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPatientId"}},{"kind":"Field","name":{"kind":"Name","value":"identityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAge"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"triages"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"vitalsId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<MoveEmergencyCaseMutation, MoveEmergencyCaseMutationVariables>;
export const MyEmergencyVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEmergencyVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEmergencyVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}}]}}]}}]} as unknown as DocumentNode<MyEmergencyVisitsQuery, MyEmergencyVisitsQueryVariables>;
export const RegisterEmergencyArrivalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEmergencyArrival"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterEmergencyArrivalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEmergencyArrival"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterEmergencyArrivalMutation, RegisterEmergencyArrivalMutationVariables>;
export const TakeEmergencyCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeEmergencyCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeEmergencyCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeEmergencyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyCaseDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyCaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"complaintText"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"doctorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"doctorAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}},{"kind":"Field","name":{"kind":"Name","value":"admissionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unknownIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPatientId"}},{"kind":"Field","name":{"kind":"Name","value":"identityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAge"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"triages"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"vitalsId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<TakeEmergencyCaseMutation, TakeEmergencyCaseMutationVariables>;
export const TriageEmergencyCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriageEmergencyCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageEmergencyCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageEmergencyCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyCaseDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyCaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"}},{"kind":"Field","name":{"kind":"Name","value":"complaintText"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"doctorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"doctorName"}},{"kind":"Field","name":{"kind":"Name","value":"doctorAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"transferTo"}},{"kind":"Field","name":{"kind":"Name","value":"admissionId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unknownIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPatientId"}},{"kind":"Field","name":{"kind":"Name","value":"identityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAge"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"triages"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"vitalsId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<TriageEmergencyCaseMutation, TriageEmergencyCaseMutationVariables>;
export const MailOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MailOutboxQuery, MailOutboxQueryVariables>;
export const ConfirmMfaEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMfaEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMfaEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]} as unknown as DocumentNode<ConfirmMfaEnrolmentMutation, ConfirmMfaEnrolmentMutationVariables>;
export const DisableMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]} as unknown as DocumentNode<DisableMfaMutation, DisableMfaMutationVariables>;
export const StartMfaEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMfaEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMfaEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeDataUrl"}}]}}]}}]} as unknown as DocumentNode<StartMfaEnrolmentMutation, StartMfaEnrolmentMutationVariables>;
export const VerifyMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyMfaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]} as unknown as DocumentNode<VerifyMfaMutation, VerifyMfaMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const DiscardOfflineEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardOfflineEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscardOfflineEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardOfflineEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discardedAt"}}]}}]}}]} as unknown as DocumentNode<DiscardOfflineEntryMutation, DiscardOfflineEntryMutationVariables>;
export const MyShiftPackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyShiftPack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myShiftPack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"shiftEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"patients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"inpatient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InpatientRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activePrescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsPrescription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"prescriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vitals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsVitals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"consultationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchedulingBoardAppointment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dosesDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"route"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InpatientRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InpatientRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"wardId"}},{"kind":"Field","name":{"kind":"Name","value":"wardName"}},{"kind":"Field","name":{"kind":"Name","value":"roomNumber"}},{"kind":"Field","name":{"kind":"Name","value":"bedId"}},{"kind":"Field","name":{"kind":"Name","value":"bedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"attendingName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"news2At"}},{"kind":"Field","name":{"kind":"Name","value":"allergyFlag"}},{"kind":"Field","name":{"kind":"Name","value":"newResults"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsPrescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleTimes"}},{"kind":"Field","name":{"kind":"Name","value":"intervalHours"}},{"kind":"Field","name":{"kind":"Name","value":"asNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allergyConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"allergyOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsVitals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VitalSigns"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureC"}},{"kind":"Field","name":{"kind":"Name","value":"heartRate"}},{"kind":"Field","name":{"kind":"Name","value":"systolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"respiratoryRate"}},{"kind":"Field","name":{"kind":"Name","value":"spo2"}},{"kind":"Field","name":{"kind":"Name","value":"onOxygen"}},{"kind":"Field","name":{"kind":"Name","value":"consciousness"}},{"kind":"Field","name":{"kind":"Name","value":"painScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"glucoseMmolL"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"abnormal"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"valueNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"referenceLow"}},{"kind":"Field","name":{"kind":"Name","value":"referenceHigh"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchedulingBoardAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<MyShiftPackQuery, MyShiftPackQueryVariables>;
export const CloseMyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseMyAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<CloseMyAccountMutation, CloseMyAccountMutationVariables>;
export const MyRecordExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRecordExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRecordExport"}}]}}]} as unknown as DocumentNode<MyRecordExportQuery, MyRecordExportQueryVariables>;
export const MyRecordPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRecordPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRecordPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<MyRecordPdfQuery, MyRecordPdfQueryVariables>;
export const CreatePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatePatientMutation, CreatePatientMutationVariables>;
export const MergePatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergePatients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergePatientsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergePatients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movedReferences"}},{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MergePatientsMutation, MergePatientsMutationVariables>;
export const MyPatientProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPatientProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bloodGroup"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"memberNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyPatientProfileQuery, MyPatientProfileQueryVariables>;
export const PatientHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bloodGroup"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<PatientHeaderQuery, PatientHeaderQueryVariables>;
export const PatientRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"insurance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrar"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deceasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bloodGroup"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"weightKg"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"heightCm"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"allergyStatusRecordedAt"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnteredInError"},"value":{"kind":"BooleanValue","value":true}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientAllergyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"email"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"address"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContact"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insurance"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"insurance"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"memberNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeNotes"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrar"}}}]}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientAllergyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PatientRecordQuery, PatientRecordQueryVariables>;
export const PatientSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]}]}}]}}]}}]} as unknown as DocumentNode<PatientSearchQuery, PatientSearchQueryVariables>;
export const PossiblePatientDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PossiblePatientDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientDuplicatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possiblePatientDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}}]} as unknown as DocumentNode<PossiblePatientDuplicatesQuery, PossiblePatientDuplicatesQueryVariables>;
export const RecordAllergyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAllergy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAllergyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAllergy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientAllergyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientAllergyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordAllergyMutation, RecordAllergyMutationVariables>;
export const RecordNoKnownAllergiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNoKnownAllergies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNoKnownAllergiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNoKnownAllergies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"allergyStatusRecordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordNoKnownAllergiesMutation, RecordNoKnownAllergiesMutationVariables>;
export const UpdateAllergyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAllergy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAllergyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAllergy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientAllergyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientAllergyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allergy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateAllergyMutation, UpdateAllergyMutationVariables>;
export const UpdateMyContactDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyContactDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyContactDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyContactDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyContactDetailsMutation, UpdateMyContactDetailsMutationVariables>;
export const UpdatePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deceasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]} as unknown as DocumentNode<UpdatePatientMutation, UpdatePatientMutationVariables>;
export const ActivePrescriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivePrescriptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prescriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"asNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"intervalHours"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleTimes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActivePrescriptionsQuery, ActivePrescriptionsQueryVariables>;
export const AdjustStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyOperationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyMovementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffReason"}},{"kind":"Field","name":{"kind":"Name","value":"lotChoiceReason"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyMovementFields"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const DispenseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Dispense"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispenseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyOperationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyMovementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffReason"}},{"kind":"Field","name":{"kind":"Name","value":"lotChoiceReason"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyMovementFields"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}}]}}]}}]}}]} as unknown as DocumentNode<DispenseMutation, DispenseMutationVariables>;
export const DispensingWorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispensingWorklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispensingWorklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"wardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prescriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"bedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsPerDose"}},{"kind":"Field","name":{"kind":"Name","value":"dosesNext24h"}},{"kind":"Field","name":{"kind":"Name","value":"nextDoseAt"}},{"kind":"Field","name":{"kind":"Name","value":"unitsNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCovered"}},{"kind":"Field","name":{"kind":"Name","value":"unitsToDispense"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<DispensingWorklistQuery, DispensingWorklistQueryVariables>;
export const LotTraceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotTrace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotTrace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyLotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyMovementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"currentInpatient"}},{"kind":"Field","name":{"kind":"Name","value":"unitsDispensed"}},{"kind":"Field","name":{"kind":"Name","value":"unitsAdministered"}},{"kind":"Field","name":{"kind":"Name","value":"administrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prescriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"administeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyLotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recallReason"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyMovementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffReason"}},{"kind":"Field","name":{"kind":"Name","value":"lotChoiceReason"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LotTraceQuery, LotTraceQueryVariables>;
export const RecallLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecallLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyLotFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyLotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"recallReason"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}}]}}]}}]} as unknown as DocumentNode<RecallLotMutation, RecallLotMutationVariables>;
export const ReceiveStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyOperationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyMovementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffReason"}},{"kind":"Field","name":{"kind":"Name","value":"lotChoiceReason"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyMovementFields"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}}]}}]}}]}}]} as unknown as DocumentNode<ReceiveStockMutation, ReceiveStockMutationVariables>;
export const StockAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StockAlertKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lotId"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]}}]} as unknown as DocumentNode<StockAlertsQuery, StockAlertsQueryVariables>;
export const StockItemLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockItemLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"usableOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"belowReorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<StockItemLevelQuery, StockItemLevelQueryVariables>;
export const StockItemMovementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockItemMovements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockMovements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyMovementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyMovementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffReason"}},{"kind":"Field","name":{"kind":"Name","value":"lotChoiceReason"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StockItemMovementsQuery, StockItemMovementsQueryVariables>;
export const StockItemSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockItemSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<StockItemSearchQuery, StockItemSearchQueryVariables>;
export const StockLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StockItemKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevelFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTotal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTotal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"usableOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"belowReorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}},{"kind":"Field","name":{"kind":"Name","value":"reorderLevel"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<StockLevelsQuery, StockLevelsQueryVariables>;
export const StockLocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wardId"}}]}}]}}]} as unknown as DocumentNode<StockLocationsQuery, StockLocationsQueryVariables>;
export const StockValuationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockValuation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockValuation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"valueCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"averageUnitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"valueCents"}}]}}]}}]}}]} as unknown as DocumentNode<StockValuationQuery, StockValuationQueryVariables>;
export const WriteOffStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteOffStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteOffStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOffStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyOperationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyMovementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffReason"}},{"kind":"Field","name":{"kind":"Name","value":"lotChoiceReason"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PharmacyOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PharmacyMovementFields"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfIssue"}}]}}]}}]}}]} as unknown as DocumentNode<WriteOffStockMutation, WriteOffStockMutationVariables>;
export const AddCareNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCareNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCareNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCareNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<AddCareNoteMutation, AddCareNoteMutationVariables>;
export const AddDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDiagnosisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"uncoded"}}]}}]}}]} as unknown as DocumentNode<AddDiagnosisMutation, AddDiagnosisMutationVariables>;
export const AttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Attachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentsQuery, AttachmentsQueryVariables>;
export const CareNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}}]}}]}}]}}]} as unknown as DocumentNode<CareNotesQuery, CareNotesQueryVariables>;
export const ChartPatientSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChartPatientSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"allergyStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ChartPatientSearchQuery, ChartPatientSearchQueryVariables>;
export const CollectLabSpecimensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollectLabSpecimens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectLabSpecimensInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectLabSpecimens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderedByName"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}}]}}]} as unknown as DocumentNode<CollectLabSpecimensMutation, CollectLabSpecimensMutationVariables>;
export const CompleteEncounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteEncounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteEncounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeEncounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsEncounter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsEncounter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Encounter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}}]}}]} as unknown as DocumentNode<CompleteEncounterMutation, CompleteEncounterMutationVariables>;
export const CreateEncounterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEncounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEncounterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEncounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsEncounter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsEncounter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Encounter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}}]}}]} as unknown as DocumentNode<CreateEncounterMutation, CreateEncounterMutationVariables>;
export const EncounterDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EncounterDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"encounter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsEncounter"}},{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsEncounter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Encounter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}}]}}]} as unknown as DocumentNode<EncounterDetailQuery, EncounterDetailQueryVariables>;
export const EnterLabResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterLabResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterLabResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterLabResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"valueNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"referenceLow"}},{"kind":"Field","name":{"kind":"Name","value":"referenceHigh"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]} as unknown as DocumentNode<EnterLabResultMutation, EnterLabResultMutationVariables>;
export const Icd10CodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Icd10Codes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"icd10Codes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleFr"}}]}}]}}]} as unknown as DocumentNode<Icd10CodesQuery, Icd10CodesQueryVariables>;
export const LabTestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabTests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labTests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"numeric"}},{"kind":"Field","name":{"kind":"Name","value":"referenceRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"minAgeYears"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeYears"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"criticalLow"}},{"kind":"Field","name":{"kind":"Name","value":"criticalHigh"}}]}}]}}]}}]} as unknown as DocumentNode<LabTestsQuery, LabTestsQueryVariables>;
export const LabWorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabWorklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LabOrderStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabOrder"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalInfo"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabResult"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderedByName"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"valueNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"referenceLow"}},{"kind":"Field","name":{"kind":"Name","value":"referenceHigh"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]} as unknown as DocumentNode<LabWorklistQuery, LabWorklistQueryVariables>;
export const MarkEnteredInErrorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkEnteredInError"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkEnteredInErrorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markEnteredInError"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}}]}}]}}]} as unknown as DocumentNode<MarkEnteredInErrorMutation, MarkEnteredInErrorMutationVariables>;
export const MedicationScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MedicationSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicationSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"route"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]}}]}}]} as unknown as DocumentNode<MedicationScheduleQuery, MedicationScheduleQueryVariables>;
export const MyPatientIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPatientId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyPatientIdQuery, MyPatientIdQueryVariables>;
export const MyRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activePrescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsPrescription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestVitals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsVitals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vitalsTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsVitals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"encounters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsEncounter"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"labResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsPrescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleTimes"}},{"kind":"Field","name":{"kind":"Name","value":"intervalHours"}},{"kind":"Field","name":{"kind":"Name","value":"asNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allergyConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"allergyOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsVitals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VitalSigns"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureC"}},{"kind":"Field","name":{"kind":"Name","value":"heartRate"}},{"kind":"Field","name":{"kind":"Name","value":"systolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"respiratoryRate"}},{"kind":"Field","name":{"kind":"Name","value":"spo2"}},{"kind":"Field","name":{"kind":"Name","value":"onOxygen"}},{"kind":"Field","name":{"kind":"Name","value":"consciousness"}},{"kind":"Field","name":{"kind":"Name","value":"painScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"glucoseMmolL"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"abnormal"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsEncounter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Encounter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"valueNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"referenceLow"}},{"kind":"Field","name":{"kind":"Name","value":"referenceHigh"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]} as unknown as DocumentNode<MyRecordQuery, MyRecordQueryVariables>;
export const OrderLabTestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderLabTests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLabTestsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderLabTests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderedByName"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}}]}}]} as unknown as DocumentNode<OrderLabTestsMutation, OrderLabTestsMutationVariables>;
export const PatientChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"substance"}},{"kind":"Field","name":{"kind":"Name","value":"reaction"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activePrescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsPrescription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestVitals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsVitals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vitalsTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsVitals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingLabOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentLabResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentEncounters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsEncounter"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsPrescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleTimes"}},{"kind":"Field","name":{"kind":"Name","value":"intervalHours"}},{"kind":"Field","name":{"kind":"Name","value":"asNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allergyConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"allergyOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsVitals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VitalSigns"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureC"}},{"kind":"Field","name":{"kind":"Name","value":"heartRate"}},{"kind":"Field","name":{"kind":"Name","value":"systolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"respiratoryRate"}},{"kind":"Field","name":{"kind":"Name","value":"spo2"}},{"kind":"Field","name":{"kind":"Name","value":"onOxygen"}},{"kind":"Field","name":{"kind":"Name","value":"consciousness"}},{"kind":"Field","name":{"kind":"Name","value":"painScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"glucoseMmolL"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"abnormal"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderedByName"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"valueNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"referenceLow"}},{"kind":"Field","name":{"kind":"Name","value":"referenceHigh"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsEncounter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Encounter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}}]}}]} as unknown as DocumentNode<PatientChartQuery, PatientChartQueryVariables>;
export const PatientDiagnosesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientDiagnoses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"encounterId"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInErrorReason"}}]}}]}}]} as unknown as DocumentNode<PatientDiagnosesQuery, PatientDiagnosesQueryVariables>;
export const PatientLabOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientLabOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabOrder"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabResult"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderedByName"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"valueNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"referenceLow"}},{"kind":"Field","name":{"kind":"Name","value":"referenceHigh"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]} as unknown as DocumentNode<PatientLabOrdersQuery, PatientLabOrdersQueryVariables>;
export const PatientTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClinicalEntryKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"encounter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsEncounter"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInErrorReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInErrorReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsPrescription"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInErrorReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vitals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsVitals"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInErrorReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInErrorReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"prescriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsEncounter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Encounter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsPrescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleTimes"}},{"kind":"Field","name":{"kind":"Name","value":"intervalHours"}},{"kind":"Field","name":{"kind":"Name","value":"asNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allergyConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"allergyOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsVitals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VitalSigns"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureC"}},{"kind":"Field","name":{"kind":"Name","value":"heartRate"}},{"kind":"Field","name":{"kind":"Name","value":"systolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"respiratoryRate"}},{"kind":"Field","name":{"kind":"Name","value":"spo2"}},{"kind":"Field","name":{"kind":"Name","value":"onOxygen"}},{"kind":"Field","name":{"kind":"Name","value":"consciousness"}},{"kind":"Field","name":{"kind":"Name","value":"painScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"glucoseMmolL"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"abnormal"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderedByName"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"valueNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"referenceLow"}},{"kind":"Field","name":{"kind":"Name","value":"referenceHigh"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]} as unknown as DocumentNode<PatientTimelineQuery, PatientTimelineQueryVariables>;
export const PrescribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Prescribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrescribeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prescribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsPrescription"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsPrescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleTimes"}},{"kind":"Field","name":{"kind":"Name","value":"intervalHours"}},{"kind":"Field","name":{"kind":"Name","value":"asNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allergyConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"allergyOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]} as unknown as DocumentNode<PrescribeMutation, PrescribeMutationVariables>;
export const ProposedLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposedLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prescriptionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prescriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prescriptionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}}]}}]}}]} as unknown as DocumentNode<ProposedLotQuery, ProposedLotQueryVariables>;
export const RecordMedicationAdministrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMedicationAdministration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMedicationAdministrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMedicationAdministration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]}}]} as unknown as DocumentNode<RecordMedicationAdministrationMutation, RecordMedicationAdministrationMutationVariables>;
export const RecordVitalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVitals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVitalsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVitals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsVitals"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsVitals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VitalSigns"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureC"}},{"kind":"Field","name":{"kind":"Name","value":"heartRate"}},{"kind":"Field","name":{"kind":"Name","value":"systolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicBp"}},{"kind":"Field","name":{"kind":"Name","value":"respiratoryRate"}},{"kind":"Field","name":{"kind":"Name","value":"spo2"}},{"kind":"Field","name":{"kind":"Name","value":"onOxygen"}},{"kind":"Field","name":{"kind":"Name","value":"consciousness"}},{"kind":"Field","name":{"kind":"Name","value":"painScore"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"glucoseMmolL"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"abnormal"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}}]}}]} as unknown as DocumentNode<RecordVitalsMutation, RecordVitalsMutationVariables>;
export const ResolveDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveDiagnosisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ResolveDiagnosisMutation, ResolveDiagnosisMutationVariables>;
export const StopPrescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopPrescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopPrescriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopPrescription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsPrescription"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsPrescription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Prescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicationName"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"doseUnit"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleTimes"}},{"kind":"Field","name":{"kind":"Name","value":"intervalHours"}},{"kind":"Field","name":{"kind":"Name","value":"asNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allergyConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"allergyOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]} as unknown as DocumentNode<StopPrescriptionMutation, StopPrescriptionMutationVariables>;
export const UrgentNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UrgentNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<UrgentNotificationsQuery, UrgentNotificationsQueryVariables>;
export const ValidateLabResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateLabResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ValidateLabResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateLabResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsLabResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsLabResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"testCode"}},{"kind":"Field","name":{"kind":"Name","value":"testNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"testNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"valueNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"referenceLow"}},{"kind":"Field","name":{"kind":"Name","value":"referenceHigh"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]} as unknown as DocumentNode<ValidateLabResultMutation, ValidateLabResultMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"ownActivityOnly"}},{"kind":"Field","name":{"kind":"Name","value":"demographics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientsSeen"}},{"kind":"Field","name":{"kind":"Name","value":"filteredByService"}},{"kind":"Field","name":{"kind":"Name","value":"byAgeRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageRange"}},{"kind":"Field","name":{"kind":"Name","value":"patients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"patients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageRange"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"patients"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownActivityOnly"}},{"kind":"Field","name":{"kind":"Name","value":"practitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practitionerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledByPractitioner"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"completedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationRate"}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledByPractitioner"}},{"kind":"Field","name":{"kind":"Name","value":"noShows"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"completedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationRate"}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filteredByService"}},{"kind":"Field","name":{"kind":"Name","value":"wards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wardId"}},{"kind":"Field","name":{"kind":"Name","value":"wardName"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"bedNights"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBedNights"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"discharges"}},{"kind":"Field","name":{"kind":"Name","value":"meanLengthOfStayDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"bedNights"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBedNights"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"discharges"}},{"kind":"Field","name":{"kind":"Name","value":"meanLengthOfStayDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrivals"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"admitted"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToTriage"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToDoctor"}},{"kind":"Field","name":{"kind":"Name","value":"admissionRate"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesIssued"}},{"kind":"Field","name":{"kind":"Name","value":"creditNotesIssued"}},{"kind":"Field","name":{"kind":"Name","value":"byActKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"creditedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"netMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"creditedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"netMinor"}},{"kind":"Field","name":{"kind":"Name","value":"insurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"patientMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"refundedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"netMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPatientMinor"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingInsurerMinor"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"purchasesMinor"}},{"kind":"Field","name":{"kind":"Name","value":"purchasedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"filteredByService"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffsByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"valueMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"valueMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const ReportExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportExportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"separator"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CsvSeparator"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"separator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"separator"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ReportExportQuery, ReportExportQueryVariables>;
export const ReportServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wards"}}]}}]}}]} as unknown as DocumentNode<ReportServicesQuery, ReportServicesQueryVariables>;
export const AcceptWaitlistOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptWaitlistOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptWaitlistOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptWaitlistOfferMutation, AcceptWaitlistOfferMutationVariables>;
export const AddAvailabilityExceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAvailabilityException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAvailabilityExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAvailabilityException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AddAvailabilityExceptionMutation, AddAvailabilityExceptionMutationVariables>;
export const AppointmentChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AppointmentChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AppointmentChangedSubscription, AppointmentChangedSubscriptionVariables>;
export const AppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentsQuery, AppointmentsQueryVariables>;
export const AvailableSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"practitionerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"practitionerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"practitionerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"specialty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]} as unknown as DocumentNode<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const BookAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<BookAppointmentMutation, BookAppointmentMutationVariables>;
export const CancelAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const CancelPractitionerDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPractitionerDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelPractitionerDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPractitionerDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelPractitionerDayMutation, CancelPractitionerDayMutationVariables>;
export const CancelWaitlistRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelWaitlistRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelWaitlistRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelWaitlistRequestMutation, CancelWaitlistRequestMutationVariables>;
export const CheckInAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CheckInAppointmentMutation, CheckInAppointmentMutationVariables>;
export const CompleteAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CompleteAppointmentMutation, CompleteAppointmentMutationVariables>;
export const ConfirmAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConfirmAppointmentMutation, ConfirmAppointmentMutationVariables>;
export const DayBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DayBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"practitionerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"practitionerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"practitionerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchedulingBoardAppointment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchedulingBoardAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<DayBoardQuery, DayBoardQueryVariables>;
export const DoctorAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoctorAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"DOCTOR"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<DoctorAccountsQuery, DoctorAccountsQueryVariables>;
export const MarkNoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MarkNoShowMutation, MarkNoShowMutationVariables>;
export const MyPractitionerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPractitionerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPractitionerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"consultationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<MyPractitionerProfileQuery, MyPractitionerProfileQueryVariables>;
export const MyWorkingHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWorkingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<MyWorkingHoursQuery, MyWorkingHoursQueryVariables>;
export const SchedulingPatientPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchedulingPatientPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<SchedulingPatientPickerQuery, SchedulingPatientPickerQueryVariables>;
export const PractitionerAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PractitionerAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"weeklySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availabilityExceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"practitionerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PractitionerAvailabilityQuery, PractitionerAvailabilityQueryVariables>;
export const PractitionersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Practitioners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practitioners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specialty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"consultationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PractitionersQuery, PractitionersQueryVariables>;
export const RemoveAvailabilityExceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAvailabilityException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAvailabilityExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAvailabilityException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemoveAvailabilityExceptionMutation, RemoveAvailabilityExceptionMutationVariables>;
export const ReportDelayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportDelay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDelayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDelay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReportDelayMutation, ReportDelayMutationVariables>;
export const RequestWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestWaitlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestWaitlistMutation, RequestWaitlistMutationVariables>;
export const RescheduleAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleAppointmentMutation, RescheduleAppointmentMutationVariables>;
export const SetMyWorkingHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyWorkingHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyWorkingHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyWorkingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<SetMyWorkingHoursMutation, SetMyWorkingHoursMutationVariables>;
export const SetStaffWorkingHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStaffWorkingHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStaffWorkingHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffWorkingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<SetStaffWorkingHoursMutation, SetStaffWorkingHoursMutationVariables>;
export const SetWeeklyAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWeeklyAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWeeklyAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWeeklyAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weeklySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<SetWeeklyAvailabilityMutation, SetWeeklyAvailabilityMutationVariables>;
export const SpecialtiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<SpecialtiesQuery, SpecialtiesQueryVariables>;
export const StaffHoursRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffHoursRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffHoursRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffHoursEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffHoursEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<StaffHoursRosterQuery, StaffHoursRosterQueryVariables>;
export const StaffHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffHoursEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffHoursEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<StaffHoursQuery, StaffHoursQueryVariables>;
export const StartAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartAppointmentMutation, StartAppointmentMutationVariables>;
export const UpdateMyPractitionerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyPractitionerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyPractitionerProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPractitionerProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"consultationMinutes"}}]}}]}}]} as unknown as DocumentNode<UpdateMyPractitionerProfileMutation, UpdateMyPractitionerProfileMutationVariables>;
export const UpsertPractitionerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertPractitioner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertPractitionerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertPractitioner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"consultationMinutes"}}]}}]}}]} as unknown as DocumentNode<UpsertPractitionerMutation, UpsertPractitionerMutationVariables>;
export const VisitHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"encounterId"}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<VisitHistoryQuery, VisitHistoryQueryVariables>;
export const WaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Waitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practitioner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WaitlistQuery, WaitlistQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const ResetUserMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ResetUserMfaMutation, ResetUserMfaMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UserQuery, UserQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const AddBedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}}]}}]} as unknown as DocumentNode<AddBedMutation, AddBedMutationVariables>;
export const AdmitPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdmitPatientMutation, AdmitPatientMutationVariables>;
export const AssignNursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignNurses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignNursesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignNurses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"nurseUserId"}},{"kind":"Field","name":{"kind":"Name","value":"nurseName"}}]}}]}}]} as unknown as DocumentNode<AssignNursesMutation, AssignNursesMutationVariables>;
export const AttendingCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttendingCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendingCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]} as unknown as DocumentNode<AttendingCandidatesQuery, AttendingCandidatesQueryVariables>;
export const BedBoardChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BedBoardChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bedBoardChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"wardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wardId"}},{"kind":"Field","name":{"kind":"Name","value":"bedId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]} as unknown as DocumentNode<BedBoardChangedSubscription, BedBoardChangedSubscriptionVariables>;
export const BedBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bedBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"wardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nurses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nurseUserId"}},{"kind":"Field","name":{"kind":"Name","value":"nurseName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bedId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"roomNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roomKind"}},{"kind":"Field","name":{"kind":"Name","value":"isolationCapable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"conditionReason"}},{"kind":"Field","name":{"kind":"Name","value":"conditionSince"}},{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"reservedFor"}},{"kind":"Field","name":{"kind":"Name","value":"reservedPatientName"}},{"kind":"Field","name":{"kind":"Name","value":"reservedPatientId"}},{"kind":"Field","name":{"kind":"Name","value":"occupant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendingName"}},{"kind":"Field","name":{"kind":"Name","value":"attendingUserId"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalShown"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"allergyFlag"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"newResults"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]}]}}]}}]}}]}}]} as unknown as DocumentNode<BedBoardQuery, BedBoardQueryVariables>;
export const CancelAdmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAdmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAdmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAdmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelAdmissionMutation, CancelAdmissionMutationVariables>;
export const CancelBedReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBedReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBedReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CancelBedReservationMutation, CancelBedReservationMutationVariables>;
export const DischargePatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DischargePatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DischargePatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargePatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DischargePatientMutation, DischargePatientMutationVariables>;
export const MyPatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPatients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPatients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InpatientRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InpatientRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InpatientRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"wardId"}},{"kind":"Field","name":{"kind":"Name","value":"wardName"}},{"kind":"Field","name":{"kind":"Name","value":"roomNumber"}},{"kind":"Field","name":{"kind":"Name","value":"bedId"}},{"kind":"Field","name":{"kind":"Name","value":"bedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"attendingName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"news2At"}},{"kind":"Field","name":{"kind":"Name","value":"allergyFlag"}},{"kind":"Field","name":{"kind":"Name","value":"newResults"}}]}}]} as unknown as DocumentNode<MyPatientsQuery, MyPatientsQueryVariables>;
export const MyRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InpatientRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InpatientRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InpatientRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"wardId"}},{"kind":"Field","name":{"kind":"Name","value":"wardName"}},{"kind":"Field","name":{"kind":"Name","value":"roomNumber"}},{"kind":"Field","name":{"kind":"Name","value":"bedId"}},{"kind":"Field","name":{"kind":"Name","value":"bedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"attendingName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"news2Score"}},{"kind":"Field","name":{"kind":"Name","value":"news2Risk"}},{"kind":"Field","name":{"kind":"Name","value":"news2At"}},{"kind":"Field","name":{"kind":"Name","value":"allergyFlag"}},{"kind":"Field","name":{"kind":"Name","value":"newResults"}}]}}]} as unknown as DocumentNode<MyRoundQuery, MyRoundQueryVariables>;
export const NurseAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NurseAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nurseAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"wardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"nurseUserId"}},{"kind":"Field","name":{"kind":"Name","value":"nurseName"}}]}}]}}]} as unknown as DocumentNode<NurseAssignmentsQuery, NurseAssignmentsQueryVariables>;
export const NurseCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NurseCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nurseCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]} as unknown as DocumentNode<NurseCandidatesQuery, NurseCandidatesQueryVariables>;
export const PatientAdmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientAdmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeDestination"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeSummary"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clinical"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"attendingName"}},{"kind":"Field","name":{"kind":"Name","value":"stays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"transferReason"}},{"kind":"Field","name":{"kind":"Name","value":"bed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientAdmissionsQuery, PatientAdmissionsQueryVariables>;
export const RemoveBedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveBed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BedIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeBed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveBedMutation, RemoveBedMutationVariables>;
export const ReserveBedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReserveBed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveBedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveBed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ReserveBedMutation, ReserveBedMutationVariables>;
export const SaveRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isolationCapable"}}]}}]}}]} as unknown as DocumentNode<SaveRoomMutation, SaveRoomMutationVariables>;
export const SaveWardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveWard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveWardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"sexPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveWardMutation, SaveWardMutationVariables>;
export const SetBedStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBedStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBedStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBedStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"conditionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetBedStatusMutation, SetBedStatusMutationVariables>;
export const TransferBedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferBeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bedBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"wardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bedId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"roomNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TransferBedsQuery, TransferBedsQueryVariables>;
export const TransferPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransferPatientMutation, TransferPatientMutationVariables>;
export const WardPatientPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WardPatientPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WardPatientPickerQuery, WardPatientPickerQueryVariables>;
export const WardStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WardStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"sexPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isolationCapable"}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WardStructureQuery, WardStructureQueryVariables>;
export const WardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"toClean"}},{"kind":"Field","name":{"kind":"Name","value":"outOfService"}}]}}]}}]} as unknown as DocumentNode<WardsQuery, WardsQueryVariables>;
export const WriteDischargeSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteDischargeSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteDischargeSummaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeDischargeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeSummary"}}]}}]}}]} as unknown as DocumentNode<WriteDischargeSummaryMutation, WriteDischargeSummaryMutationVariables>;