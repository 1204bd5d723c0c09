import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './clock.js';

/**
 * The hospital's domain events: facts in the past tense, one entry per event name. Each module
 * declares the events it publishes by augmenting this interface beside its service:
 *
 *   declare module '../../kernel/events.js' {
 *     interface DomainEvents { AppointmentStarted: { appointmentId: string; ... } }
 *   }
 *
 * so publishing and subscribing are checked by the compiler, and no module imports another to
 * tell it something happened.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface DomainEvents {}

export type DomainEventName = keyof DomainEvents;

/** What a handler works with: the publisher's transaction and clock. */
export interface EventContext {
  /** The writing transaction: a handler's changes commit or roll back with the publisher's. */
  em: EntityManager;
  clock: Clock;
}

export type EventHandler<K extends DomainEventName> = (
  event: DomainEvents[K],
  ctx: EventContext,
) => Promise<void>;

type AnyHandler = (event: never, ctx: EventContext) => Promise<void>;

/**
 * In-transaction publish/subscribe between modules. `publish` runs every handler of the event,
 * in the order they were registered, inside the publisher's transaction: the publisher's change,
 * the handlers' changes and the mutation's audit row commit together or not at all. Handlers
 * must be idempotent (a unique key per source event), so that a replay changes nothing twice.
 * Effects that must not run before commit (live pushes) are queued with `publishAfterCommit`.
 */
export class DomainEventBus {
  private readonly handlers = new Map<DomainEventName, AnyHandler[]>();

  /** Subscribes a handler; only the composition root (`app/events.ts`) calls this. */
  on<K extends DomainEventName>(name: K, handler: EventHandler<K>): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler);
    this.handlers.set(name, list);
  }

  /** Whether anything listens to this event (tests of the wiring). */
  subscribers(name: DomainEventName): number {
    return this.handlers.get(name)?.length ?? 0;
  }

  async publish<K extends DomainEventName>(
    ctx: EventContext,
    name: K,
    event: DomainEvents[K],
  ): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) {
      await (handler as EventHandler<K>)(event, ctx);
    }
  }

  /** Forgets every subscription (tests that wire their own). */
  clear(): void {
    this.handlers.clear();
  }
}

/** The process's bus; `app/events.ts` wires its subscribers once, at start. */
export const domainEvents = new DomainEventBus();
