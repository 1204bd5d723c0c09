import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useSession, useSessionManager } from '../../app/session/SessionContext';
import type { SessionUser } from '../../app/session/session-manager';
import { useOnline } from '../../app/use-online';
import { getOutboxStatus, outboxCounts, useOutboxStatus } from './outbox-status';
import { OutboxBar } from './OutboxBar';
import { takesPack } from './pack';
import { saidLater, setPackStatus } from './pack-status';
import {
  isUnlocked,
  lockPack,
  packOnDevice,
  refreshPack,
  REFRESH_MS,
  replayOutbox,
  wipePack,
} from './shift-offline';

/**
 * The shift pack's life while signed in, mounted by the app shell beside every signed-in screen
 * (renders the outbox badge): says what the round and patients pages offer (take the shift offline, or
 * unlock the pack this phone holds), refreshes an unlocked pack every few minutes and when the
 * network returns, wipes a pack of another account at once, and wipes it when the session ends
 * (logout, or the server refusing the session at next contact).
 */
export default function OfflineRoot() {
  const { user, offline } = useSession();
  const session = useSessionManager();
  const client = useApolloClient();
  const online = useOnline();
  const eligible = takesPack(user);
  const userId = user?.id;
  const { entries } = useOutboxStatus();
  const toSend = outboxCounts(entries).pending;
  const latestUser = useRef<SessionUser | null>(user);
  useEffect(() => {
    latestUser.current = user;
  });

  useEffect(
    () =>
      session.subscribe((state) => {
        if (state.status === 'signedOut') void wipePack();
      }),
    [session],
  );

  useEffect(() => {
    if (!userId || offline || isUnlocked()) return;
    let cancelled = false;
    // Read through a function: each check after an await must see the cleanup's write.
    const stopped = () => cancelled;
    void (async () => {
      const found = await packOnDevice();
      if (stopped()) return;
      if (found && found.userId !== userId) await wipePack();
      if (stopped() || !eligible || saidLater()) return;
      setPackStatus({ state: found?.userId === userId ? 'locked' : 'offer' });
    })();
    return () => {
      cancelled = true;
    };
  }, [userId, eligible, offline]);

  useEffect(() => {
    if (!online || offline) return;
    const refresh = () => {
      const current = latestUser.current;
      if (current && isUnlocked()) void refreshPack(client, current).catch(() => undefined);
    };
    refresh();
    const id = window.setInterval(refresh, REFRESH_MS);
    return () => {
      window.clearInterval(id);
    };
  }, [online, offline, client]);

  // The outbox goes out as soon as the server can take it: network back and the session holding
  // a token again (an offline session becomes a normal one at its next successful refresh), or
  // an entry queued while online but unreachable, or a pack unlocked with entries from before.
  useEffect(() => {
    // Not on `sending`: a replay stopped by an unreachable server waits for the next change.
    if (!online || offline || toSend === 0 || getOutboxStatus().sending) return;
    void replayOutbox(client).catch(() => undefined);
  }, [online, offline, toSend, client]);

  useEffect(
    () => () => {
      lockPack();
      setPackStatus({ state: 'none' });
    },
    [],
  );

  return <OutboxBar />;
}
