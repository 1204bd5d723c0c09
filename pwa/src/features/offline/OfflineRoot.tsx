import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { finishBeforeLeaving } from '../../app/session/leave';
import { useSession, useSessionManager } from '../../app/session/SessionContext';
import type { SessionUser } from '../../app/session/session-manager';
import { useOnline } from '../../app/use-online';
import {
  AppointmentChangedDocument,
  BedBoardChangedDocument,
  NotificationAddedDocument,
} from '../../gql/graphql';
import { getOutboxStatus, outboxCounts, useOutboxStatus } from './outbox-status';
import { OutboxBar } from './OutboxBar';
import { takesPack } from './pack';
import { saidLater, setPackStatus, usePackStatus } from './pack-status';
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
  const role = user?.role;
  const { entries } = useOutboxStatus();
  const toSend = outboxCounts(entries).pending;
  const latestUser = useRef<SessionUser | null>(user);
  useEffect(() => {
    latestUser.current = user;
  });

  useEffect(
    () =>
      session.subscribe((state) => {
        if (state.status === 'signedOut') void finishBeforeLeaving(wipePack);
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
      if (!current || !isUnlocked()) return;
      // A role that no longer takes a pack (changed since the pack was taken): wipe it.
      if (!takesPack(current)) void wipePack();
      else void refreshPack(client, current).catch(() => undefined);
    };
    refresh();
    const id = window.setInterval(refresh, REFRESH_MS);
    return () => {
      window.clearInterval(id);
    };
    // `role`: a role change seen at the session's refresh is acted on at once.
  }, [online, offline, client, role]);

  // The outbox goes out as soon as the server can take it: network back and the session holding
  // a token again (an offline session becomes a normal one at its next successful refresh), or
  // an entry queued while online but unreachable, or a pack unlocked with entries from before.
  useEffect(() => {
    if (!online || offline || toSend === 0) return;
    const replay = () => {
      if (!getOutboxStatus().sending) void replayOutbox(client).catch(() => undefined);
    };
    replay();
    // A replay stopped by an unreachable server (the Wi-Fi is up, the API is not) tries again.
    const id = window.setInterval(replay, REPLAY_RETRY_MS);
    return () => {
      window.clearInterval(id);
    };
  }, [online, offline, toSend, client]);

  useEffect(
    () => () => {
      lockPack();
      setPackStatus({ state: 'none' });
    },
    [],
  );

  const ready = usePackStatus().state === 'ready';
  return (
    <>
      {ready && online && !offline && user && (
        <LiveRefresh
          capabilities={user.capabilities}
          refresh={() => {
            const current = latestUser.current;
            if (current && isUnlocked()) void refreshPack(client, current).catch(() => undefined);
          }}
        />
      )}
      <OutboxBar />
    </>
  );
}

/** How often entries still waiting are tried again while the device is online. */
export const REPLAY_RETRY_MS = 30_000;

/** Quiet time after a live event before the pack is fetched again (a burst gives one fetch). */
export const LIVE_REFRESH_DELAY_MS = 10_000;

/**
 * Refreshes an unlocked pack soon after something it holds may have changed: a bed board event
 * (admission, discharge, transfer), an appointment event (the doctor's day), a notification
 * (a lab result, a NEWS2 alert). Events only say "look again": the pack is read afresh.
 */
function LiveRefresh({
  capabilities,
  refresh,
}: {
  capabilities: readonly string[];
  refresh: () => void;
}) {
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );
  const soon = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      latest.current();
    }, LIVE_REFRESH_DELAY_MS);
  };
  useSubscription(BedBoardChangedDocument, {
    skip: !capabilities.includes('READ_BED_BOARD'),
    variables: {},
    onData: soon,
  });
  useSubscription(AppointmentChangedDocument, {
    skip: !capabilities.includes('READ_MY_ROUND'),
    onData: soon,
  });
  useSubscription(NotificationAddedDocument, { onData: soon });
  return null;
}
