import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fixedClock } from './clock.js';
import { DomainEventBus, type EventContext } from './events.js';

declare module './events.js' {
  interface DomainEvents {
    TestThingHappened: { id: string };
  }
}

const ctx: EventContext = {
  em: {} as EntityManager,
  clock: fixedClock(new Date('2026-12-02T09:00:00Z')),
};

describe('DomainEventBus', () => {
  it('runs every handler of an event, in the order they subscribed, with the publisher’s context', async () => {
    const bus = new DomainEventBus();
    const seen: string[] = [];
    bus.on('TestThingHappened', (e, c) => {
      seen.push(`a:${e.id}:${c.clock.now().toISOString()}`);
      return Promise.resolve();
    });
    bus.on('TestThingHappened', (e) => {
      seen.push(`b:${e.id}`);
      return Promise.resolve();
    });
    await bus.publish(ctx, 'TestThingHappened', { id: '1' });
    expect(seen).toEqual(['a:1:2026-12-02T09:00:00.000Z', 'b:1']);
    expect(bus.subscribers('TestThingHappened')).toBe(2);
  });

  it('lets a failing handler fail the publisher, so that nothing half-done commits', async () => {
    const bus = new DomainEventBus();
    const seen: string[] = [];
    bus.on('TestThingHappened', () => Promise.reject(new Error('no bed')));
    bus.on('TestThingHappened', (e) => {
      seen.push(e.id);
      return Promise.resolve();
    });
    await expect(bus.publish(ctx, 'TestThingHappened', { id: '2' })).rejects.toThrow('no bed');
    expect(seen).toEqual([]);
  });

  it('publishes to nobody when nothing subscribed', async () => {
    const bus = new DomainEventBus();
    await expect(bus.publish(ctx, 'TestThingHappened', { id: '3' })).resolves.toBeUndefined();
    expect(bus.subscribers('TestThingHappened')).toBe(0);
  });
});
