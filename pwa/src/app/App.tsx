import { ApolloProvider } from '@apollo/client/react';
import { IonApp, IonRouterOutlet } from '@ionic/react';
import { IonReactRouter } from '@ionic/react-router';
import { useEffect } from 'react';
import { Navigate, Route, useLocation, useNavigate } from 'react-router-dom';
import type { ApolloClient } from '@apollo/client';
import { lazyOnce, LazyOutlet, LazyPage } from './lazy-page';
import { OfflineBanner } from './OfflineBanner';
import { SessionProvider, useSession, useSessionManager } from './session/SessionContext';
import type { SessionManager } from './session/session-manager';
import { Splash } from './Splash';
import { useApplyLocale } from '../features/auth/use-apply-locale';
import { deviceLanguage, loadAppStrings } from '../i18n';
import { UpdatePrompt } from './UpdatePrompt';

const LoginPage = lazyOnce(() => import('../pages/auth/LoginPage'));
const RegisterPage = lazyOnce(() => import('../pages/auth/RegisterPage'));
const ForcedPasswordPage = lazyOnce(() => import('../pages/auth/ForcedPasswordPage'));
// The signed-in pages' strings arrive with the app, not with the login screen.
const AppTabs = lazyOnce(() =>
  Promise.all([import('./AppTabs'), loadAppStrings()]).then(([tabs]) => tabs),
);

const PUBLIC_PATHS = ['/login', '/register'];

/** Where the session says the user must be, given where they are; null to stay. */
export function redirectFor(
  state: ReturnType<SessionManager['getState']>,
  pathname: string,
): string | null {
  const isPublic = PUBLIC_PATHS.includes(pathname);
  if (state.status === 'signedOut') return isPublic ? null : '/login';
  if (state.status !== 'signedIn' || !state.user) return null;
  if (state.user.mustChangePassword) {
    return pathname === '/change-password' ? null : '/change-password';
  }
  if (isPublic || pathname === '/change-password' || !pathname.startsWith('/app')) {
    return '/app/home';
  }
  return null;
}

function SessionRoutes() {
  const state = useSession();
  const session = useSessionManager();
  const location = useLocation();
  const navigate = useNavigate();
  const target = redirectFor(state, location.pathname);
  const applyLocale = useApplyLocale();
  const locale = state.user?.locale;

  useEffect(() => {
    // Signed in, the interface follows the account's language; signed out, the device's.
    applyLocale(locale ?? deviceLanguage());
  }, [locale, applyLocale]);

  useEffect(() => {
    if (target) navigate(target, { replace: true });
  }, [target, navigate]);

  useEffect(() => {
    if (state.status !== 'unreachable') return;
    const retry = () => void session.refresh();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
    };
  }, [state.status, session]);

  if (state.status === 'restoring' || state.status === 'unreachable') {
    return (
      <Splash unreachable={state.status === 'unreachable'} onRetry={() => void session.refresh()} />
    );
  }

  return (
    <IonRouterOutlet>
      <Route path="/login" element={<LazyPage component={LoginPage} />} />
      <Route path="/register" element={<LazyPage component={RegisterPage} />} />
      <Route path="/change-password" element={<LazyPage component={ForcedPasswordPage} />} />
      <Route path="/app/*" element={<LazyOutlet component={AppTabs} />} />
      <Route path="/" element={<Navigate to="/app/home" replace />} />
      <Route path="*" element={<Navigate to="/app/home" replace />} />
    </IonRouterOutlet>
  );
}

export function App({ session, client }: { session: SessionManager; client: ApolloClient }) {
  return (
    <SessionProvider session={session}>
      <ApolloProvider client={client}>
        <IonApp>
          <OfflineBanner />
          <IonReactRouter>
            <SessionRoutes />
          </IonReactRouter>
          <UpdatePrompt />
        </IonApp>
      </ApolloProvider>
    </SessionProvider>
  );
}
