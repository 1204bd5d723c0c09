import type { ApolloClient } from '@apollo/client';
import { LogoutDocument } from '../../gql/graphql';
import { finishBeforeLeaving } from './leave';
import type { SessionManager } from './session-manager';
import { wipeDeviceData } from './wipe';

const CHANNEL = 'caregraph-session';

/**
 * Ends the session everywhere on this device: revokes it on the server (best effort, offline
 * too), forgets the token, clears the Apollo cache and wipes stored data; other open tabs follow.
 */
export function signOut(session: SessionManager, client: ApolloClient): Promise<void> {
  return finishBeforeLeaving(async () => {
    if (session.getAccessToken()) {
      try {
        await client.mutate({ mutation: LogoutDocument });
      } catch {
        // Offline or already expired: the refresh cookie is single-use and dies with the session.
      }
    }
    await forget(session, client);
    broadcast();
  });
}

/** The app leaves for the sign-in page once the wipe is done (`leave.ts`). */
function forget(session: SessionManager, client: ApolloClient): Promise<void> {
  return finishBeforeLeaving(async () => {
    session.signOut();
    await client.clearStore();
    await wipeDeviceData();
  });
}

function broadcast(): void {
  if (!('BroadcastChannel' in window)) return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'signedOut' });
  channel.close();
}

/** Follows a sign-out made in another tab of this device. */
export function followSignOutsFromOtherTabs(session: SessionManager, client: ApolloClient): void {
  if (!('BroadcastChannel' in window)) return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<{ type?: string }>) => {
    if (event.data.type === 'signedOut') void forget(session, client);
  };
}
