import { createPubSub } from '@graphql-yoga/subscription';
import { currentAuditScope } from './audit-scope.js';

/**
 * In-process publish/subscribe for GraphQL subscriptions: CareGraph runs as one process. Topics
 * are declared by the modules that publish them.
 */
export const pubSub = createPubSub();

/** Publishes after the running mutation commits (at once outside a mutation). */
export function publishAfterCommit(topic: string, payload: unknown): void {
  const publish = () => {
    pubSub.publish(topic, payload);
  };
  const scope = currentAuditScope();
  if (scope) scope.afterCommit.push(publish);
  else publish();
}
