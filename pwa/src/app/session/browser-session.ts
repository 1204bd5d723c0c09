import { print } from 'graphql';
import { RefreshSessionDocument, type RefreshSessionMutation } from '../../gql/graphql';
import { isNetworkFailure, markReachable, markUnreachable } from '../connectivity';
import { hint } from './hint';
import { SessionEndedError, SessionManager, type SessionTokens } from './session-manager';

interface GraphQLBody {
  data?: RefreshSessionMutation | null;
  errors?: { extensions?: { code?: string } }[];
}

const REFRESH_QUERY = print(RefreshSessionDocument);

/** Exchanges the httpOnly `cg_refresh` cookie (sent by the browser, never read by JS). */
async function requestRefresh(): Promise<SessionTokens> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: 'RefreshSession', query: REFRESH_QUERY }),
    });
  } catch (error) {
    if (isNetworkFailure(error)) markUnreachable();
    throw error;
  }
  markReachable();
  const body = (await res.json()) as GraphQLBody;
  if (body.data?.refreshSession) return body.data.refreshSession;
  const code = body.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') throw new SessionEndedError();
  throw new Error(code ?? `HTTP ${res.status}`);
}

function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  // Web Locks serialise refreshes across tabs of the same origin.
  if ('locks' in navigator) return navigator.locks.request('caregraph-refresh', fn);
  return fn();
}

export function createBrowserSession(): SessionManager {
  return new SessionManager({
    hint,
    requestRefresh,
    exclusive,
    now: () => Date.now(),
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (handle) => {
      window.clearTimeout(handle as number);
    },
  });
}
