import { domainEvents, type DomainEventBus } from '../kernel/events.js';
import {
  chargeCompletedVisit,
  chargeDispensed,
  chargeStay,
  chargeValidatedLabTest,
} from '../modules/billing/index.js';
import { linkDispensingsToInvoice } from '../modules/pharmacy/index.js';
import {
  notifyAppointmentBooked,
  notifyAppointmentCancelled,
  notifyAppointmentDelayed,
  notifyAppointmentMoved,
  notifyEmergencyAccessOpened,
  notifyLabResultEntered,
  notifyLotRecalled,
  notifyStockAlertsRaised,
  notifyPractitionerDayCancelled,
  notifyVitalsScoredAtRisk,
  notifyWaitlistSlotOffered,
} from '../modules/notifications/index.js';
import {
  closeEncounterForAdmission,
  openEncounterForAdmission,
  openEncounterForVisit,
} from '../modules/records/index.js';
import { linkVisitEncounter } from '../modules/scheduling/index.js';

let wired: DomainEventBus | undefined;

/**
 * The flow of the hospital in one place: which module acts on which other module's facts. Every
 * handler runs inside the publisher's transaction (kernel/events.ts). Wired once per process.
 */
export function wireDomainEvents(bus: DomainEventBus = domainEvents): void {
  if (wired === bus) return;
  wired = bus;

  // A visit starts or ends: records opens (or finds) its clinical note.
  bus.on('AppointmentStarted', openEncounterForVisit);
  bus.on('AppointmentCompleted', openEncounterForVisit);
  // ... and scheduling links the appointment to it, for the visit history (R5).
  bus.on('VisitEncounterOpened', linkVisitEncounter);

  // An inpatient stay: records opens its encounter at admission, closes it at discharge, and
  // strikes it out when the admission was entered in error.
  bus.on('PatientAdmitted', openEncounterForAdmission);
  bus.on('PatientDischarged', closeEncounterForAdmission);
  bus.on('AdmissionCancelled', (fact, ctx) =>
    closeEncounterForAdmission({ ...fact, cancelled: true }, ctx),
  );

  // Scheduling's changes: notifications tells the people scheduling named (the patient, and
  // reception's call list when a practitioner is absent).
  bus.on('AppointmentBooked', notifyAppointmentBooked);
  bus.on('AppointmentMoved', notifyAppointmentMoved);
  bus.on('AppointmentCancelled', notifyAppointmentCancelled);
  bus.on('AppointmentDelayed', notifyAppointmentDelayed);
  bus.on('PractitionerDayCancelled', notifyPractitionerDayCancelled);
  bus.on('WaitlistSlotOffered', notifyWaitlistSlotOffered);

  // Records' alarms: notifications tells the doctor records named.
  bus.on('VitalsScoredAtRisk', notifyVitalsScoredAtRisk);
  bus.on('LabResultEntered', notifyLabResultEntered);

  // Pharmacy's facts: a recalled lot is told to the doctors of the inpatients who received it;
  // new stock alerts to the pharmacists.
  bus.on('LotRecalled', notifyLotRecalled);
  bus.on('StockAlertsRaised', notifyStockAlertsRaised);

  // Break-the-glass: the managers who review emergency accesses hear of each new one.
  bus.on('EmergencyAccessOpened', notifyEmergencyAccessOpened);

  // What care did, billing charges: once per source (a visit, a lab order, a dispensing, a
  // stay's ward), in the act's transaction, priced on the act's day.
  bus.on('AppointmentCompleted', chargeCompletedVisit);
  bus.on('LabResultValidated', chargeValidatedLabTest);
  bus.on('StockDispensed', chargeDispensed);
  bus.on('PatientDischarged', chargeStay);
  // An issued invoice: the pharmacy's ledger points each dispensing at the line that bills it.
  bus.on('InvoiceIssued', linkDispensingsToInvoice);
}
