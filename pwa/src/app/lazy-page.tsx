import { IonContent, IonPage, IonSpinner } from '@ionic/react';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';

type Loader = () => Promise<{ default: ComponentType }>;
const cache = new Map<Loader, LazyExoticComponent<ComponentType>>();

function lazyOf(load: Loader) {
  let Component = cache.get(load);
  if (!Component) {
    Component = lazy(load);
    cache.set(load, Component);
  }
  return Component;
}

function Loading() {
  const { t } = useTranslation();
  return (
    <IonContent>
      <div className="cg-splash">
        <IonSpinner name="crescent" aria-label={t('app.loading')} />
      </div>
    </IonContent>
  );
}

/**
 * A code-split page. The IonPage is rendered at once, outside Suspense, so that Ionic's router
 * sees the page element when it mounts and runs its transition; the page's own header and
 * content (from `PageLayout`) arrive with its chunk.
 */
export function LazyPage({ load }: { load: Loader }) {
  const Page = lazyOf(load);
  return (
    <IonPage>
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    </IonPage>
  );
}

/** A code-split container with its own outlet (the tabs), which Ionic wraps itself. */
export function LazyOutlet({ load }: { load: Loader }) {
  const Outlet = lazyOf(load);
  return (
    <Suspense fallback={null}>
      <Outlet />
    </Suspense>
  );
}
