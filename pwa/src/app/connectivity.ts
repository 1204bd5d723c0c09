/**
 * Whether the API answered the last time we tried. `navigator.onLine` only knows about the
 * network interface: on a ward, Wi-Fi is often "connected" with no route to the server.
 */
type Listener = () => void;

let reachable = true;
let probe: number | null = null;
const listeners = new Set<Listener>();

function set(value: boolean) {
  if (value === reachable) return;
  reachable = value;
  for (const l of listeners) l();
  if (!value && probe === null && typeof window !== 'undefined') {
    probe = window.setInterval(() => {
      fetch('/healthz', { cache: 'no-store' })
        .then((res) => {
          if (res.ok) markReachable();
        })
        .catch(() => undefined);
    }, 10_000);
  }
  if (value && probe !== null) {
    window.clearInterval(probe);
    probe = null;
  }
}

export function markReachable(): void {
  set(true);
}

export function markUnreachable(): void {
  set(false);
}

export function isReachable(): boolean {
  return reachable;
}

export function subscribeReachable(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A failed fetch (no response at all), as opposed to an error answered by the server. */
export function isNetworkFailure(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    (error instanceof Error && /failed to fetch|network/i.test(error.message))
  );
}
