import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { OperationTypeNode } from 'graphql';
import { from as fromPromise, switchMap, tap, throwError } from 'rxjs';
import { isNetworkFailure, markReachable, markUnreachable } from './connectivity';
import { errorCodeOf } from './errors';
import type { SessionManager } from './session/session-manager';

/** Operations that run without a session: their UNAUTHENTICATED means bad credentials. */
const PUBLIC_OPERATIONS = new Set(['Login', 'RegisterPatient', 'RefreshSession', 'Logout']);

interface Page {
  nodes: readonly unknown[];
}

/** Appends a "load more" page to the list already cached for the same filters. */
function appendPages(keyArgs: string[]) {
  return {
    keyArgs,
    merge(
      existing: Page | undefined,
      incoming: Page,
      { args }: { args: Record<string, unknown> | null },
    ) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          users: appendPages(['search', 'role']),
          auditEvents: appendPages(['filter']),
        },
      },
    },
  });
}

const liveListeners = new Set<() => void>();

/**
 * Calls `fn` each time the live socket connects again after a drop or a token refresh, so that a
 * board refetches what it may have missed. Returns the unsubscribe function.
 */
export function onLiveReconnect(fn: () => void): () => void {
  liveListeners.add(fn);
  return () => liveListeners.delete(fn);
}

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

/**
 * The one GraphQL client. Every request carries the in-memory access token; an UNAUTHENTICATED
 * answer triggers one silent refresh and one retry, and PASSWORD_CHANGE_REQUIRED sends the user
 * to the change-password screen.
 */
export function createApolloClient(session: SessionManager): ApolloClient {
  const auth = new SetContextLink((prev) => {
    const token = session.getAccessToken();
    if (!token) return {};
    const headers = (prev.headers ?? {}) as Record<string, string>;
    return { headers: { ...headers, authorization: `Bearer ${token}` } };
  });

  const retry = new ErrorLink(({ error, operation, forward }) => {
    if (isNetworkFailure(error)) markUnreachable();
    const code = errorCodeOf(error);
    if (code === 'PASSWORD_CHANGE_REQUIRED') {
      session.requirePasswordChange();
      return;
    }
    if (code !== 'UNAUTHENTICATED' || PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return;
    if (operation.getContext().retriedAfterRefresh === true) return;
    operation.setContext({ retriedAfterRefresh: true });
    return fromPromise(session.refresh()).pipe(
      switchMap((token) => (token ? forward(operation) : throwError(() => error))),
    );
  });

  const reachability = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap(() => {
        markReachable();
      }),
    ),
  );

  const http = ApolloLink.from([
    retry,
    reachability,
    auth,
    new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  ]);

  return new ApolloClient({
    link: ApolloLink.split(
      ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
      new GraphQLWsLink(createLiveClient(session)),
      http,
    ),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
