import { describe, expect, it } from 'vitest';
import { DomainEventBus, type DomainEventName } from '../kernel/events.js';
import { wireDomainEvents } from './events.js';

describe('the event wiring', () => {
  it('subscribes records to the start and the end of a visit, once however often it is called', () => {
    const bus = new DomainEventBus();
    wireDomainEvents(bus);
    wireDomainEvents(bus);
    expect(bus.subscribers('AppointmentStarted')).toBe(1);
    // Records opens the visit's note; billing charges the consultation.
    expect(bus.subscribers('AppointmentCompleted')).toBe(2);
  });

  it('subscribes billing to every act it charges, and the pharmacy to issued invoices', () => {
    const bus = new DomainEventBus();
    wireDomainEvents(bus);
    expect(bus.subscribers('LabResultValidated')).toBe(1);
    expect(bus.subscribers('StockDispensed')).toBe(1);
    // Records closes the stay's encounter; billing charges its nights.
    expect(bus.subscribers('PatientDischarged')).toBe(2);
    expect(bus.subscribers('InvoiceIssued')).toBe(1);
  });

  it('subscribes notifications to every fact that someone must hear of', () => {
    const bus = new DomainEventBus();
    wireDomainEvents(bus);
    const told: DomainEventName[] = [
      'AppointmentBooked',
      'AppointmentMoved',
      'AppointmentCancelled',
      'AppointmentDelayed',
      'PractitionerDayCancelled',
      'WaitlistSlotOffered',
      'VitalsScoredAtRisk',
      'LabResultEntered',
    ];
    for (const name of told) expect(bus.subscribers(name), name).toBe(1);
  });
});
