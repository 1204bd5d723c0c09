import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { onLiveReconnect } from '../../app/apollo';
import { EmergencyQueueChangedDocument } from '../../gql/graphql';

/**
 * Keeps the emergency queue (or one case's screen) live. The screen is a query first; each
 * `emergencyQueueChanged` event, and each reconnection of the socket (which may have missed
 * some), calls `refresh`, at most once every 300 ms so that a burst of changes is one refetch.
 * `onlyCase` narrows it to the events of one case.
 */
export function useLiveQueue(refresh: () => unknown, onlyCase?: string) {
  const latest = useRef(refresh);
  const only = useRef(onlyCase);
  const timer = useRef<number | null>(null);
  useEffect(() => {
    latest.current = refresh;
    only.current = onlyCase;
  });

  const schedule = () => {
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void latest.current();
    }, 300);
  };

  useSubscription(EmergencyQueueChangedDocument, {
    onData: ({ data: event }) => {
      const changed = event.data?.emergencyQueueChanged.caseId;
      if (!only.current || changed === only.current) schedule();
    },
  });

  useEffect(() => {
    const off = onLiveReconnect(schedule);
    return () => {
      off();
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, []);
}

/**
 * Milliseconds since the server's answer identified by `answer` (the queue's `asOf`) arrived on
 * this device, re-read every `everyMs` (30 s): waits tick on the screen without asking the
 * server again.
 */
export function useElapsedSince(answer: string | undefined, everyMs = 30_000): number {
  const [clock, setClock] = useState(() => {
    const now = Date.now();
    return { answer, at: now, now };
  });
  useEffect(() => {
    // A new answer: the elapsed time starts again from it; then it ticks.
    const tick = () => {
      setClock((c) => {
        const now = Date.now();
        return c.answer === answer ? { ...c, now } : { answer, at: now, now };
      });
    };
    const first = window.setTimeout(tick, 0);
    const id = window.setInterval(tick, everyMs);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(id);
    };
  }, [answer, everyMs]);
  return clock.answer === answer ? Math.max(0, clock.now - clock.at) : 0;
}
