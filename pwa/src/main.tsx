import { setupIonicReact } from '@ionic/react';
import { lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from './app/apollo';
import { App, type Shell } from './app/App';
import { createBrowserSession } from './app/session/browser-session';
import { followSignOutsFromOtherTabs } from './app/session/sign-out';
import { OFFLINE_START_PAGES } from './features/offline/start-page';
import { createI18n, deviceLanguage, loadAppStrings } from './i18n';

import '@ionic/react/css/core.css';
import '@ionic/react/css/normalize.css';
import '@ionic/react/css/structure.css';
import '@ionic/react/css/typography.css';
import './app/theme.css';

setupIonicReact({ mode: 'md' });

const NotificationBell = lazy(() =>
  import('./features/notifications/NotificationBell').then((m) => ({
    default: m.NotificationBell,
  })),
);

/**
 * The composition root: the one place, with `routes.ts`, that names pages and features for the
 * app shell, which may not import them. Everything here loads on demand, never with the login
 * screen's bundle.
 */
const shell: Shell = {
  register: () => import('./pages/auth/RegisterPage'),
  forcedPassword: () => import('./pages/auth/ForcedPasswordPage'),
  mfaSetup: () => import('./pages/auth/MfaSetupPage'),
  forgotPassword: () => import('./pages/auth/ForgotPasswordPage'),
  resetPassword: () => import('./pages/auth/ResetPasswordPage'),
  verifyEmail: () => import('./pages/auth/VerifyEmailPage'),
  appPages: () => import('./routes').then((m) => m.APP_PAGES),
  toolbarEnd: <NotificationBell />,
  // With the signed-in app's strings: the unlock screen shows before any signed-in page.
  offline: {
    unlock: () =>
      Promise.all([import('./features/offline/OfflineUnlockPage'), loadAppStrings()]).then(
        ([page]) => page,
      ),
    root: () =>
      Promise.all([import('./features/offline/OfflineRoot'), loadAppStrings()]).then(
        ([root]) => root,
      ),
    startPages: Object.values(OFFLINE_START_PAGES),
  },
};

const session = createBrowserSession();
const client = createApolloClient(session);
followSignOutsFromOtherTabs(session, client);
// Restore the session from the httpOnly refresh cookie, if there is one.
void session.restore();

const language = deviceLanguage();
document.documentElement.lang = language;
const i18n = await createI18n(language);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <I18nextProvider i18n={i18n}>
    <App session={session} client={client} shell={shell} />
  </I18nextProvider>,
);
