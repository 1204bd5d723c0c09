import { setupIonicReact } from '@ionic/react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from './app/apollo';
import { App } from './app/App';
import { createBrowserSession } from './app/session/browser-session';
import { followSignOutsFromOtherTabs } from './app/session/sign-out';
import { createI18n, deviceLanguage } from './i18n';

import '@ionic/react/css/core.css';
import '@ionic/react/css/normalize.css';
import '@ionic/react/css/structure.css';
import '@ionic/react/css/typography.css';
import './app/theme.css';

setupIonicReact({ mode: 'md' });

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
    <App session={session} client={client} />
  </I18nextProvider>,
);
