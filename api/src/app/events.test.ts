import { describe, expect, it } from 'vitest';
import { DomainEventBus, type DomainEventName } from '../kernel/events.js';
import { wireDomainEvents } from './events.js';

describe('the event wiring', () => {
  it('subscribes records to the start and the end of a visit, once however often it is called', () => {
    const bus = new DomainEventBus();
    wireDomainEvents(bus);
    wireDomainEvents(bus);
    expect(bus.subscribers('AppointmentStarted')).toBe(1);
    expect(bus.subscribers('AppointmentCompleted')).toBe(1);
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
