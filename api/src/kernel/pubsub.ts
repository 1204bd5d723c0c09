import { AsyncLocalStorage } from 'node:async_hooks';
import type { PubSub } from 'type-graphql';
import { currentAuditScope } from './audit-scope.js';
import { openLiveEvents, topicOf, type LiveEvents } from './live-events.js';

const bound = new AsyncLocalStorage<LiveEvents>();

/**
 * Runs `fn` as an operation of the instance that owns `events`: what it publishes is sent, and
 * what it subscribes to is received, through that instance's live events. The server binds every
 * GraphQL operation; only a process running several instances (a test) needs it.
 */
export function withLiveEvents<T>(events: LiveEvents, fn: () => T): T {
  return bound.run(events, fn);
}

/** The live events of the running operation's instance; none in a process that serves none. */
function current(): LiveEvents | undefined {
  const events = bound.getStore();
  if (events) return events;
  const open = openLiveEvents();
  if (open.length > 1) {
    throw new Error('Several API instances run in this process: bind this with withLiveEvents()');
  }
  return open[0];
}

/**
 * What type-graphql subscribes through (`buildSchema({ pubSub })`). Topics are declared by the
 * modules that publish them; events travel through PostgreSQL to every API instance
 * (kernel/live-events.ts), so a subscriber hears what any instance published.
 */
export const pubSub: PubSub = {
  publish(routingKey: string, ...args: unknown[]): void {
    const payload = args.length > 1 ? args[1] : args[0];
    current()?.publish(topicOf(routingKey, args.length > 1 ? args[0] : undefined), payload);
  },
  subscribe(routingKey: string, id?: unknown): AsyncIterable<unknown> {
    const events = current();
    if (!events) throw new Error('Live events are not started in this process');
    return events.subscribe(routingKey, id);
  },
};

/**
 * Publishes after the running mutation commits (at once outside a mutation): live events must
 * never announce a rolled-back change. The event is encoded here, inside the transaction, so
 * that one too large for PostgreSQL fails the mutation in development and tests. Payloads are ids
 * and small scalars (at most MAX_EVENT_BYTES encoded); subscribers read the rest. A process
 * with no live events (a CLI, a unit test) has nobody to tell.
 */
export function publishAfterCommit(topic: string, payload: unknown): void {
  const send = current()?.prepare(topic, payload);
  if (!send) return;
  const scope = currentAuditScope();
  if (scope) scope.afterCommit.push(send);
  else send();
}
