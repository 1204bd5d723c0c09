import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { onLiveReconnect } from '../../app/apollo';
import { BedBoardChangedDocument } from '../../gql/graphql';

/**
 * Keeps a bed board (or the census of every ward, without `wardId`) live. The board is a query
 * first; each `bedBoardChanged` event, and each reconnection of the socket (which may have
 * missed some), calls `refresh`, at most once every 300 ms so that a transfer (two beds, two
 * events) is one refetch. `onlyWards` narrows a hospital-wide subscription to the wards a list
 * shows (an empty list: every ward), so that an audited list is not read again for nothing.
 */
export function useLiveBedBoard(
  refresh: () => unknown,
  wardId?: string | null,
  onlyWards?: readonly string[],
) {
  const latest = useRef(refresh);
  const timer = useRef<number | null>(null);
  const wards = useRef(onlyWards);
  useEffect(() => {
    latest.current = refresh;
    wards.current = onlyWards;
  });

  const schedule = () => {
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void latest.current();
    }, 300);
  };

  const { data } = useSubscription(BedBoardChangedDocument, {
    variables: { wardId: wardId ?? null },
    onData: ({ data: event }) => {
      const changed = event.data?.bedBoardChanged.wardId;
      const only = wards.current;
      if (!only || only.length === 0 || (changed && only.includes(changed))) schedule();
    },
  });

  useEffect(() => {
    const off = onLiveReconnect(schedule);
    return () => {
      off();
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, []);

  return { lastEvent: data?.bedBoardChanged };
}
