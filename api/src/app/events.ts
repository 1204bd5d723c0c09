import { domainEvents, type DomainEventBus } from '../kernel/events.js';
import { openEncounterForVisit } from '../modules/records/index.js';

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
}
