import { useSyncExternalStore } from 'react';
import { isReachable, markReachable, subscribeReachable } from './connectivity';

function subscribe(cb: () => void) {
  const online = () => {
    markReachable();
    cb();
  };
  window.addEventListener('online', online);
  window.addEventListener('offline', cb);
  const unsubscribe = subscribeReachable(cb);
  return () => {
    window.removeEventListener('online', online);
    window.removeEventListener('offline', cb);
    unsubscribe();
  };
}

/** Whether the device has a network and the API answered the last request. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine && isReachable());
}
