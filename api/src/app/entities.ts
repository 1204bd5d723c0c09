import { AuditBlock, AuditChangesSubscriber, AuditEvent } from '../modules/audit/index.js';
import { AccountToken, MfaRecoveryCode } from '../modules/auth/index.js';
import { RefreshToken, Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { MailOutbox } from '../modules/mail/index.js';
import { Notification } from '../modules/notifications/index.js';
import {
  Appointment,
  AvailabilityException,
  AvailabilitySession,
  Practitioner,
  WaitlistOffer,
  WaitlistRequest,
  WorkingHoursSpan,
} from '../modules/scheduling/index.js';
import { Allergy, Patient } from '../modules/patients/index.js';
import {
  Attachment,
  CareNote,
  Diagnosis,
  Encounter,
  LabOrder,
  LabResult,
  LabTest,
  MedicationAdministration,
  Prescription,
  VitalSigns,
} from '../modules/records/index.js';
import {
  Admission,
  Bed,
  BedReservation,
  BedStay,
  CareTeamMember,
  NurseAssignment,
  Room,
  Ward,
} from '../modules/wards/index.js';
import { EmergencyAmendment, EmergencyCase, EmergencyTriage } from '../modules/emergency/index.js';
import {
  StockAlert,
  StockBalance,
  StockItem,
  StockLocation,
  StockLot,
  StockMovement,
  StockOperation,
} from '../modules/pharmacy/index.js';
import {
  BillingCounter,
  CashUp,
  Charge,
  InsuranceCoverage,
  Invoice,
  InvoiceLine,
  Payment,
  Tariff,
} from '../modules/billing/index.js';
import { EmergencyAccess } from '../modules/break-glass/index.js';

/** Every entity of the application; the one list the ORM reads. */
export const entities = [
  User,
  Session,
  RefreshToken,
  AccountToken,
  MfaRecoveryCode,
  Patient,
  Allergy,
  AuditEvent,
  AuditBlock,
  Notification,
  MailOutbox,
  Practitioner,
  AvailabilitySession,
  AvailabilityException,
  Appointment,
  WaitlistRequest,
  WaitlistOffer,
  WorkingHoursSpan,
  Encounter,
  Diagnosis,
  Prescription,
  VitalSigns,
  CareNote,
  MedicationAdministration,
  LabTest,
  LabOrder,
  LabResult,
  Attachment,
  Ward,
  Room,
  Bed,
  Admission,
  BedStay,
  BedReservation,
  CareTeamMember,
  NurseAssignment,
  EmergencyCase,
  EmergencyTriage,
  EmergencyAmendment,
  StockItem,
  StockLocation,
  StockLot,
  StockBalance,
  StockOperation,
  StockMovement,
  StockAlert,
  Tariff,
  InsuranceCoverage,
  Charge,
  Invoice,
  InvoiceLine,
  BillingCounter,
  Payment,
  CashUp,
  EmergencyAccess,
];

/** ORM event subscribers: the audit trail's change collector. */
export const subscribers = [new AuditChangesSubscriber()];

export const ormApp = { entities, subscribers };
