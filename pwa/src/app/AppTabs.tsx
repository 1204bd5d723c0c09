import { IonIcon, IonLabel, IonRouterOutlet, IonTabBar, IonTabButton, IonTabs } from '@ionic/react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route } from 'react-router-dom';
import { lazyOnce, LazyPage } from './lazy-page';
import { AppPagesProvider, pagesFor, tabsFor, type AppPage } from './page-registry';
import { useSession } from './session/SessionContext';
import './deferred-elements';

/**
 * The signed-in app: the pages of the user's role, with their tabs. `allPages` comes from the
 * composition root (`src/routes.ts`); the pages read it back with `useAppPages`.
 */
export default function AppTabs({ pages: allPages }: { pages: readonly AppPage[] }) {
  const { user } = useSession();
  const { t } = useTranslation();
  const role = user?.role ?? 'PATIENT';
  const capabilities = user?.capabilities;
  const pages = useMemo(
    () => pagesFor(allPages, { role, capabilities }),
    [allPages, role, capabilities],
  );
  const tabs = useMemo(
    () => tabsFor(allPages, { role, capabilities }),
    [allPages, role, capabilities],
  );

  useEffect(() => {
    // Fetch the role's other pages while the user reads the first one, so tabs open at once
    // and keep working offline.
    const id = window.setTimeout(() => {
      for (const page of pages) {
        lazyOnce(page.load)
          .preload()
          .catch(() => {
            // Fetched again when the tab is opened, and said then if it fails.
          });
      }
    }, 1500);
    return () => {
      window.clearTimeout(id);
    };
  }, [pages]);

  return (
    <AppPagesProvider value={allPages}>
      <IonTabs>
        <IonRouterOutlet>
          {/* lazyOnce keeps one component per loader: the same one at every render. */}
          {pages.map((page) => (
            <Route
              key={page.path}
              path={`/app/${page.path}`}
              element={<LazyPage component={lazyOnce(page.load)} />}
            />
          ))}
          <Route path="/app" element={<Navigate to="/app/home" replace />} />
          <Route path="/app/*" element={<Navigate to="/app/home" replace />} />
        </IonRouterOutlet>
        <IonTabBar slot="bottom" id="cg-tabbar" aria-label={t('nav.mainTabs')}>
          {tabs.map((tab) => (
            <IonTabButton key={tab.path} tab={tab.path} href={`/app/${tab.path}`}>
              <IonIcon icon={tab.icon} aria-hidden="true" />
              <IonLabel>{t(tab.label)}</IonLabel>
            </IonTabButton>
          ))}
        </IonTabBar>
      </IonTabs>
    </AppPagesProvider>
  );
}
