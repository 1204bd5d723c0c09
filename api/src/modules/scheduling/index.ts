export { Appointment } from './appointment.entity.js';
export { AppointmentStatus } from './appointment-status.js';
export { AvailabilityException, AvailabilitySession, Practitioner } from './practitioner.entity.js';
export { WaitlistOffer, WaitlistRequest } from './waitlist.entity.js';
export { WorkingHoursSpan } from './working-hours.entity.js';
export { WorkingHoursResolver } from './working-hours.resolver.js';
export {
  AppointmentResolver,
  PractitionerResolver,
  WaitlistResolver,
} from './scheduling.resolver.js';
export { schedulingRules } from './scheduling.rules.js';
export { dayBoard } from './appointments.service.js';
export { ownPractitioner } from './access.js';
export { linkVisitEncounter } from './visit-encounter.js';
export type { VisitFact } from './scheduling.events.js';
export {
  appointmentRemindersJob,
  queueAppointmentReminders,
  reminderKey,
  useReminderSettings,
  type ReminderSettings,
} from './reminders.js';
