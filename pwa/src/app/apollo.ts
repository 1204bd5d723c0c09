import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLError, OperationTypeNode } from 'graphql';
import {
  catchError,
  from as fromPromise,
  Observable,
  of,
  switchMap,
  tap,
  throwError,
  type Subscription,
} from 'rxjs';
import { isNetworkFailure, isReachable, markReachable, markUnreachable } from './connectivity';
import { errorCodeOf } from './errors';
import { liveListeners } from './live-listeners';
import { getOfflineSource, OFFLINE_UNAVAILABLE, type OfflineSource } from './offline-source';
import type { SessionManager } from './session/session-manager';

/** Operations that run without a session: their UNAUTHENTICATED means bad credentials. */
const PUBLIC_OPERATIONS = new Set([
  'Login',
  'VerifyMfa',
  'RegisterPatient',
  'RefreshSession',
  'Logout',
]);

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
      // A roster row is a person: one cache entry per account, which the hours page reads back.
      StaffHours: { keyFields: ['userId'] },
      Query: {
        fields: {
          users: appendPages(['search', 'role']),
          staffHoursRoster: appendPages(['search', 'role']),
          auditEvents: appendPages(['filter']),
        },
      },
    },
  });
}

/**
 * Calls `fn` each time the live socket connects again after a drop or a token refresh, so that a
 * board refetches what it may have missed. Returns the unsubscribe function.
 */
export function onLiveReconnect(fn: () => void): () => void {
  liveListeners.add(fn);
  return () => liveListeners.delete(fn);
}

/**
 * Subscriptions go through graphql-ws, which only signed-in boards use: its client and link load
 * with the first subscription, not with the login screen.
 */
function lazyLiveLink(session: SessionManager): ApolloLink {
  let live: Promise<ApolloLink> | undefined;
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let subscription: Subscription | undefined;
        let closed = false;
        live ??= import('./live-link').then(({ createLiveLink }) => createLiveLink(session));
        live.then(
          (link) => {
            if (!closed) subscription = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => {
            live = undefined; // e.g. offline before the chunk was cached: try again next time
            observer.error(error);
          },
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      }),
  );
}

/** A query's answer from the device's offline data, or a typed "not available offline" error. */
function answerOffline(source: OfflineSource, operation: ApolloLink.Operation) {
  const data = source.answer(operation.operationName ?? '', operation.variables);
  if (data !== undefined) return of({ data } as ApolloLink.Result);
  const error = new GraphQLError('Not available offline', {
    extensions: { code: OFFLINE_UNAVAILABLE },
  });
  return of({ errors: [error] } as ApolloLink.Result);
}

/**
 * While the API cannot be reached and the device holds unlocked offline data (the shift pack),
 * queries are answered from it: the screens read it as they read the server, with no second UI.
 * A query sent while thought online that fails for want of network is answered the same way.
 * Mutations and subscriptions always go to the network.
 */
const offlineLink = new ApolloLink((operation, forward) => {
  const source = getOfflineSource();
  if (!source || operation.operationType !== OperationTypeNode.QUERY) return forward(operation);
  if (!navigator.onLine || !isReachable()) return answerOffline(source, operation);
  return forward(operation).pipe(
    catchError((error: unknown) => {
      const now = getOfflineSource();
      return now && isNetworkFailure(error)
        ? answerOffline(now, operation)
        : throwError(() => error);
    }),
  );
});

/**
 * The one GraphQL client. Every request carries the in-memory access token; an UNAUTHENTICATED
 * answer triggers one silent refresh and one retry, PASSWORD_CHANGE_REQUIRED sends the user
 * to the change-password screen and MFA_ENROLMENT_REQUIRED to the two-step verification set-up.
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
    if (code === 'MFA_ENROLMENT_REQUIRED') {
      session.requireMfaEnrolment();
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
    offlineLink,
    retry,
    reachability,
    auth,
    new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  ]);

  return new ApolloClient({
    link: ApolloLink.split(
      ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
      lazyLiveLink(session),
      http,
    ),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
