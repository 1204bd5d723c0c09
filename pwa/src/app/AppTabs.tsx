import { IonIcon, IonLabel, IonRouterOutlet, IonTabBar, IonTabButton, IonTabs } from '@ionic/react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route } from 'react-router-dom';
import { lazyOnce, LazyPage } from './lazy-page';
import { pagesFor, tabsFor } from './page-registry';
import { APP_PAGES } from './routes';
import { useSession } from './session/SessionContext';
import './deferred-elements';

const components = new Map(APP_PAGES.map((page) => [page, lazyOnce(page.load)]));

/** The signed-in app: the pages of the user's role, with their tabs. */
export default function AppTabs() {
  const { user } = useSession();
  const { t } = useTranslation();
  const role = user?.role ?? 'PATIENT';
  const pages = useMemo(() => pagesFor(APP_PAGES, role), [role]);
  const tabs = useMemo(() => tabsFor(APP_PAGES, role), [role]);

  useEffect(() => {
    // Fetch the role's other pages while the user reads the first one, so tabs open at once
    // and keep working offline.
    const id = window.setTimeout(() => {
      for (const page of pages) void page.load();
    }, 1500);
    return () => {
      window.clearTimeout(id);
    };
  }, [pages]);

  return (
    <IonTabs>
      <IonRouterOutlet>
        {pages.map((page) => (
          <Route
            key={page.path}
            path={`/app/${page.path}`}
            element={<LazyPage component={components.get(page) ?? lazyOnce(page.load)} />}
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
  );
}
