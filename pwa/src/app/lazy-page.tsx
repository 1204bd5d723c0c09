import { IonContent, IonPage, IonSpinner } from '@ionic/react';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';

type Loader = () => Promise<{ default: ComponentType }>;
export type LazyComponent = LazyExoticComponent<ComponentType>;

const cache = new Map<Loader, LazyComponent>();

/** One lazy component per loader, created once at module level, never during render. */
export function lazyOnce(load: Loader): LazyComponent {
  let component = cache.get(load);
  if (!component) {
    component = lazy(load);
    cache.set(load, component);
  }
  return component;
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
export function LazyPage({ component: Page }: { component: LazyComponent }) {
  return (
    <IonPage>
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    </IonPage>
  );
}

/** A code-split container with its own outlet (the tabs), which Ionic wraps itself. */
export function LazyOutlet({ component: Outlet }: { component: LazyComponent }) {
  return (
    <Suspense fallback={null}>
      <Outlet />
    </Suspense>
  );
}
