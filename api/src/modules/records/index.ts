export { Encounter } from './encounter.entity.js';
export { Diagnosis } from './diagnosis.entity.js';
export { Prescription } from './prescription.entity.js';
export { VitalSigns } from './vital-signs.entity.js';
export { CareNote } from './care-note.entity.js';
export { MedicationAdministration } from './medication-administration.entity.js';
export { LabTest } from './lab-test.entity.js';
export { LabOrder } from './lab-order.entity.js';
export { LabResult } from './lab-result.entity.js';
export { Attachment } from './attachment.entity.js';
export {
  AdministrationStatus,
  Consciousness,
  DiagnosisRank,
  EncounterKind,
  EncounterStatus,
  LabOrderStatus,
  LabPriority,
  MedicationRoute,
} from './clinical-enums.js';
export { news2IfComplete } from './news2.js';
export { ageInYears, flagValue, pickRange } from './lab-flag.js';
export { scheduledDoses } from './dose-schedule.js';
export { EncountersResolver } from './encounters.resolver.js';
export { MedicationsResolver } from './medications.resolver.js';
export { BedsideResolver } from './bedside.resolver.js';
export { LabResolver } from './lab.resolver.js';
export { ChartResolver } from './chart.resolver.js';
export { recordsRules, RECORDS_SENSITIVE_FIELDS } from './records.rules.js';
export { openEncounterForVisit } from './encounters.service.js';
export { attachmentRoutes, type FileRouteDeps } from './attachments.service.js';
export { LAB_CATALOGUE } from './lab-catalogue.data.js';
