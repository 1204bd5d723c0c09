import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { liveListeners } from './live-listeners';
import type { SessionManager } from './session/session-manager';

/**
 * The subscription socket (graphql-ws). The API checks the bearer token at connect only, so the
 * socket reconnects whenever the access token changes (refresh, sign-in as someone else) and
 * closes at sign-out; each (re)connection presents the current token.
 */
function createLiveClient(session: SessionManager): WsClient {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  let connections = 0;
  const client = createClient({
    url: `${scheme}://${window.location.host}/graphql`,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => session.getAccessToken() !== null,
    connectionParams: () => {
      const token = session.getAccessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connected: () => {
        connections += 1;
        if (connections > 1) for (const fn of liveListeners) fn();
      },
    },
  });
  let token = session.getAccessToken();
  session.subscribe(() => {
    const next = session.getAccessToken();
    if (next === token) return;
    token = next;
    client.terminate();
  });
  return client;
}

/** The link for subscriptions; loaded on demand by `createApolloClient`. */
export function createLiveLink(session: SessionManager): GraphQLWsLink {
  return new GraphQLWsLink(createLiveClient(session));
}
