/**
 * The sign-in page is not part of the app: it is plain HTML (`login.html`, served at /login by the
 * API, the service worker and the dev server) that paints before any of the app's code loads. The
 * app leaves for it when the session ends or a link points there, once what must finish first (the
 * wipe of the device's data) has finished: leaving the document would cut it short.
 */
export const SIGN_IN = '/login';

const unfinished = new Set<Promise<unknown>>();

/** Runs `work` (a wipe) and holds any leave for the sign-in page until it has settled. */
export function finishBeforeLeaving(work: () => Promise<unknown>): Promise<void> {
  let done!: () => void;
  const settled = new Promise<void>((resolve) => {
    done = resolve;
  });
  // Held before `work` starts: its first steps may end the session, which starts the leave.
  unfinished.add(settled);
  const running = (async () => {
    try {
      await work();
    } finally {
      unfinished.delete(settled);
      done();
    }
  })();
  return running;
}

let leaving = false;

/** Leaves the app for the sign-in page, after the work `finishBeforeLeaving` holds. */
export async function leaveForSignIn(): Promise<void> {
  // The app itself loaded at /login means that the server has no sign-in page to give: stay,
  // rather than reload forever.
  const loaded = performance.getEntriesByType('navigation')[0]?.name;
  if (leaving || (loaded && new URL(loaded).pathname === SIGN_IN)) return;
  leaving = true;
  // A turn for the sign-out that ended the session to hold its wipe, then until all have settled.
  await new Promise((resolve) => setTimeout(resolve, 0));
  while (unfinished.size > 0) await Promise.allSettled([...unfinished]);
  window.location.replace(SIGN_IN);
}
