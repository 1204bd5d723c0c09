import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { onLiveReconnect } from '../../app/apollo';
import { AppointmentChangedDocument } from '../../gql/graphql';

/**
 * Keeps a board live: each agenda change (and each reconnection of the socket, which may have
 * missed some) calls `refresh`, at most once every 300 ms so that a 12-appointment delay is one
 * refetch, not twelve.
 */
export function useLiveAgenda(refresh: () => unknown, practitionerIds?: readonly string[]) {
  const latest = useRef(refresh);
  const timer = useRef<number | null>(null);
  const ids = useRef(practitionerIds);
  useEffect(() => {
    latest.current = refresh;
    ids.current = practitionerIds;
  });

  const schedule = () => {
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void latest.current();
    }, 300);
  };

  const { data } = useSubscription(AppointmentChangedDocument, {
    onData: ({ data: event }) => {
      const changed = event.data?.appointmentChanged.practitionerId;
      if (!ids.current || (changed && ids.current.includes(changed))) schedule();
    },
  });

  useEffect(() => {
    const off = onLiveReconnect(schedule);
    return () => {
      off();
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, []);

  return { lastEvent: data?.appointmentChanged };
}
