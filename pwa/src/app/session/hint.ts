/**
 * "This device holds a session": set at sign-in, cleared when the session ends. A start without it
 * does not ask the server, and the signed-out login page (`pages/auth/login`, and
 * `public/signed-out.js` before it paints) sends a device that has it straight to the app.
 */
export const SESSION_HINT_KEY = 'caregraph.signedIn';

export const hint = {
  get: () => {
    try {
      return localStorage.getItem(SESSION_HINT_KEY) === '1';
    } catch {
      return true;
    }
  },
  set: (value: boolean) => {
    try {
      if (value) localStorage.setItem(SESSION_HINT_KEY, '1');
      else localStorage.removeItem(SESSION_HINT_KEY);
    } catch {
      // Private mode: every start tries the refresh cookie.
    }
  },
};
