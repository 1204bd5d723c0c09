/** Called when the live socket reconnects; see `onLiveReconnect` in apollo.ts. */
export const liveListeners = new Set<() => void>();
