export { Encounter } from './encounters/encounter.entity.js';
export { Diagnosis } from './encounters/diagnosis.entity.js';
export { Prescription } from './medications/prescription.entity.js';
export { VitalSigns } from './bedside/vital-signs.entity.js';
export { CareNote } from './bedside/care-note.entity.js';
export { MedicationAdministration } from './medications/medication-administration.entity.js';
export { LabTest } from './lab/lab-test.entity.js';
export { LabOrder } from './lab/lab-order.entity.js';
export { LabResult } from './lab/lab-result.entity.js';
export { Attachment } from './attachments/attachment.entity.js';
export {
  AdministrationStatus,
  Consciousness,
  DiagnosisRank,
  DiagnosisStatus,
  DoseState,
  EncounterKind,
  EncounterStatus,
  LabOrderStatus,
  LabPriority,
  MedicationRoute,
  News2Risk,
  PrescriptionStatus,
} from './clinical-enums.js';
export { news2IfComplete } from './bedside/news2.js';
export { ageInYears, flagValue, pickRange } from './lab/lab-flag.js';
export { doseState, scheduledDoses } from './medications/dose-schedule.js';
export { ScheduledDose } from './medications/medications.types.js';
export { EncountersResolver } from './encounters/encounters.resolver.js';
export { MedicationsResolver } from './medications/medications.resolver.js';
export { BedsideResolver } from './bedside/bedside.resolver.js';
export { LabResolver } from './lab/lab.resolver.js';
export { ChartResolver } from './chart/chart.resolver.js';
export { recordsRules, RECORDS_SENSITIVE_FIELDS } from './records.rules.js';
export { RecordVitalsInput } from './bedside/bedside.inputs.js';
export { recordVitals } from './bedside/bedside.service.js';
export {
  closeEncounterForAdmission,
  openEncounterForAdmission,
  openEncounterForVisit,
} from './encounters/encounters.service.js';
export { inpatientDigests, type InpatientDigest } from './chart/inpatient-digest.js';
export { attachmentRoutes, type FileRouteDeps } from './attachments/attachments.service.js';
export { LAB_CATALOGUE } from './lab/lab-catalogue.data.js';
export { useDoseStock, type DoseStock, type DoseTaken } from './medications/dose-stock.js';
