import { describe, expect, it } from 'vitest';
import { DomainEventBus } from '../kernel/events.js';
import { wireDomainEvents } from './events.js';

describe('the event wiring', () => {
  it('subscribes records to the start and the end of a visit, once however often it is called', () => {
    const bus = new DomainEventBus();
    wireDomainEvents(bus);
    wireDomainEvents(bus);
    expect(bus.subscribers('AppointmentStarted')).toBe(1);
    expect(bus.subscribers('AppointmentCompleted')).toBe(1);
  });
});
