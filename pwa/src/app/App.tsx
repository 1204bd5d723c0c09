import { ApolloProvider } from '@apollo/client/react';
import { IonApp, IonRouterOutlet } from '@ionic/react';
import { IonReactRouter } from '@ionic/react-router';
import { Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { Navigate, Route, useLocation, useNavigate } from 'react-router-dom';
import type { ApolloClient } from '@apollo/client';
import { ToolbarEndContext } from './components/toolbar-end';
import { lazyOnce, LazyOutlet, LazyPage, type LazyComponent } from './lazy-page';
import { OfflineBanner } from './OfflineBanner';
import type { AppPage } from './page-registry';
import { leaveForSignIn, SIGN_IN } from './session/leave';
import { SessionProvider, useSession, useSessionManager } from './session/SessionContext';
import type { SessionManager } from './session/session-manager';
import { Splash } from './Splash';
import { useApplyLocale } from './use-apply-locale';
import { deviceLanguage, loadAppStrings } from '../i18n';
import { formatTime } from './format';
import { UpdatePrompt } from './UpdatePrompt';

type PageModule = Promise<{ default: ComponentType }>;

/**
 * What the composition root (`main.tsx`) gives the app shell: the screens and the features it
 * shows, which app/ may not import itself. Loaders, so that each screen arrives in its own chunk
 * when first needed.
 */
export interface Shell {
  register: () => PageModule;
  forcedPassword: () => PageModule;
  /** Two-step verification's set-up (forced for ADMIN and MANAGER until done). */
  mfaSetup: () => PageModule;
  /** Mailed-link screens: ask for a reset link, choose a new password, confirm an address. */
  forgotPassword: () => PageModule;
  resetPassword: () => PageModule;
  verifyEmail: () => PageModule;
  /** The signed-in app's pages (`src/routes.ts`), fetched after sign-in. */
  appPages: () => Promise<readonly AppPage[]>;
  /** Shown at the end of every page's toolbar, after the page's own actions. */
  toolbarEnd: ReactNode;
  /**
   * The offline shift pack: `unlock` is shown instead of "cannot reach the server" when the app
   * starts without network (it falls back to that screen when the phone holds no pack); `root`
   * runs beside the signed-in app (offer, refresh, wipe).
   */
  offline?: {
    unlock: () => PageModule;
    root: () => PageModule;
    /** The pages (`AppPage.path`) an unlock opens on: fetched while the unlock screen waits. */
    startPages: readonly string[];
  };
}

interface Screens {
  register: LazyComponent;
  forcedPassword: LazyComponent;
  mfaSetup: LazyComponent;
  forgotPassword: LazyComponent;
  resetPassword: LazyComponent;
  verifyEmail: LazyComponent;
  tabs: LazyComponent;
  offlineUnlock: LazyComponent | null;
  offlineRoot: LazyComponent | null;
}

const screensByShell = new WeakMap<Shell, Screens>();

/** The shell's lazy screens, made once per shell: a lazy component made afresh would remount. */
function screensOf(shell: Shell): Screens {
  let screens = screensByShell.get(shell);
  if (!screens) {
    screens = {
      register: lazyOnce(shell.register),
      forcedPassword: lazyOnce(shell.forcedPassword),
      mfaSetup: lazyOnce(shell.mfaSetup),
      forgotPassword: lazyOnce(shell.forgotPassword),
      resetPassword: lazyOnce(shell.resetPassword),
      verifyEmail: lazyOnce(shell.verifyEmail),
      // The signed-in pages and their strings arrive with the app, not with the login screen.
      tabs: lazyOnce(() =>
        Promise.all([import('./AppTabs'), shell.appPages(), loadAppStrings()]).then(
          ([{ default: AppTabs }, pages]) => {
            function SignedInApp() {
              return <AppTabs pages={pages} />;
            }
            return { default: SignedInApp };
          },
        ),
      ),
      offlineUnlock: shell.offline ? lazyOnce(shell.offline.unlock) : null,
      offlineRoot: shell.offline ? lazyOnce(shell.offline.root) : null,
    };
    screensByShell.set(shell, screens);
  }
  return screens;
}

function SignIn() {
  useEffect(() => {
    void leaveForSignIn();
  }, []);
  return null;
}

const PUBLIC_PATHS = [SIGN_IN, '/register', '/forgot-password'];
/** Two-step verification's set-up: where an ADMIN or MANAGER without it is held. */
export const MFA_SETUP = '/mfa-setup';
/** Pages a mailed link opens: they work signed in or out, so nobody is sent away from them. */
const LINK_PATHS = ['/reset-password', '/verify-email'];

/** Where the session says the user must be, given where they are; null to stay. */
export function redirectFor(
  state: ReturnType<SessionManager['getState']>,
  pathname: string,
): string | null {
  const isPublic = PUBLIC_PATHS.includes(pathname);
  if (LINK_PATHS.includes(pathname)) return null;
  if (state.status === 'signedOut') return isPublic ? null : SIGN_IN;
  if (state.status !== 'signedIn' || !state.user) return null;
  if (state.user.mustChangePassword) {
    return pathname === '/change-password' ? null : '/change-password';
  }
  if (state.user.mfaRequired && !state.user.mfaEnabled) {
    return pathname === MFA_SETUP ? null : MFA_SETUP;
  }
  // Staff may open the set-up themselves; it stays open after enrolment to show the codes.
  if (pathname === MFA_SETUP) return null;
  if (isPublic || pathname === '/change-password' || !pathname.startsWith('/app')) {
    return '/app/home';
  }
  return null;
}

/**
 * While the unlock screen waits for the code (typed by hand, seconds): the signed-in app's code
 * and the first page's, and the hospital clock's locale data (the banner's "données de 07:42"),
 * so that the round opens at once after the unlock instead of fetching and preparing them then.
 */
function useWarmWhileLocked(shell: Shell, locked: boolean) {
  useEffect(() => {
    const offline = shell.offline;
    if (!locked || !offline) return;
    const screens = screensOf(shell);
    const start = () => {
      const pages = shell
        .appPages()
        .then((all) =>
          Promise.all(
            all
              .filter((page) => offline.startPages.includes(page.path))
              .map((page) => lazyOnce(page.load).preload()),
          ),
        );
      Promise.all([screens.tabs.preload(), screens.offlineRoot?.preload(), pages]).catch(() => {
        // Fetched again when needed, and said then if it fails.
      });
      formatTime(new Date(), deviceLanguage());
    };
    // Not in every browser (Safari): a short timer there.
    if (typeof (window as Partial<Window>).requestIdleCallback !== 'function') {
      const timer = window.setTimeout(start, 200);
      return () => {
        window.clearTimeout(timer);
      };
    }
    const idle = window.requestIdleCallback(start, { timeout: 1000 });
    return () => {
      window.cancelIdleCallback(idle);
    };
  }, [shell, locked]);
}

function SessionRoutes({ shell }: { shell: Shell }) {
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
    if (target === SIGN_IN) void leaveForSignIn();
    else if (target) navigate(target, { replace: true });
  }, [target, navigate]);

  useEffect(() => {
    if (state.status !== 'unreachable') return;
    const retry = () => void session.refresh();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
    };
  }, [state.status, session]);

  const screens = screensOf(shell);
  const Unlock = screens.offlineUnlock;
  useWarmWhileLocked(shell, state.status === 'unreachable' && Unlock !== null);
  if (state.status === 'unreachable' && Unlock) {
    return (
      <Suspense fallback={<Splash unreachable={false} onRetry={() => undefined} />}>
        <Unlock />
      </Suspense>
    );
  }
  if (state.status === 'restoring' || state.status === 'unreachable') {
    return (
      <Splash unreachable={state.status === 'unreachable'} onRetry={() => void session.refresh()} />
    );
  }

  return (
    <IonRouterOutlet>
      <Route path={SIGN_IN} element={<SignIn />} />
      <Route path="/register" element={<LazyPage component={screens.register} />} />
      <Route path="/change-password" element={<LazyPage component={screens.forcedPassword} />} />
      <Route path={MFA_SETUP} element={<LazyPage component={screens.mfaSetup} />} />
      <Route path="/forgot-password" element={<LazyPage component={screens.forgotPassword} />} />
      <Route path="/reset-password" element={<LazyPage component={screens.resetPassword} />} />
      <Route path="/verify-email" element={<LazyPage component={screens.verifyEmail} />} />
      <Route path="/app/*" element={<LazyOutlet component={screens.tabs} />} />
      <Route path="/" element={<Navigate to="/app/home" replace />} />
      <Route path="*" element={<Navigate to="/app/home" replace />} />
    </IonRouterOutlet>
  );
}

/** The offline shift pack's life beside the signed-in app, loaded after sign-in. */
function SignedInOffline({ shell }: { shell: Shell }) {
  const { status } = useSession();
  const Root = screensOf(shell).offlineRoot;
  if (status !== 'signedIn' || !Root) return null;
  return (
    <Suspense fallback={null}>
      <Root />
    </Suspense>
  );
}

export function App({
  session,
  client,
  shell,
}: {
  session: SessionManager;
  client: ApolloClient;
  shell: Shell;
}) {
  return (
    <SessionProvider session={session}>
      <ApolloProvider client={client}>
        <ToolbarEndContext value={shell.toolbarEnd}>
          {/* Outside IonApp, whose `contain` would make the strip move down with the app. */}
          <OfflineBanner />
          <IonApp>
            <IonReactRouter>
              <SessionRoutes shell={shell} />
            </IonReactRouter>
            <SignedInOffline shell={shell} />
            <UpdatePrompt />
          </IonApp>
        </ToolbarEndContext>
      </ApolloProvider>
    </SessionProvider>
  );
}
