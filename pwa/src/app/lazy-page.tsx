import { IonContent, IonPage, IonSpinner } from '@ionic/react';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

type Loader = () => Promise<{ default: ComponentType }>;

/** A code-split component, and the means to fetch its code before it is first shown. */
export interface LazyComponent {
  (): React.JSX.Element;
  /** Fetches the code; an instance mounted after it has arrived renders at once. */
  preload: () => Promise<void>;
}

const cache = new Map<Loader, LazyComponent>();

/**
 * One lazy component per loader, created once at module level, never during render.
 *
 * `React.lazy` suspends on its first render even when the code is already there, and React shows
 * suspended content no sooner than 300 ms after the fallback it replaced (its throttle against
 * flashing): two nested levels (the tabs, then the page) cost the offline round up to 0.6 s of
 * waiting with nothing to do (bench/README.md, offline). Code fetched beforehand (`preload`) is
 * rendered directly instead. Each instance keeps the way it started: switching between the two
 * would remount it.
 */
export function lazyOnce(load: Loader): LazyComponent {
  let component = cache.get(load);
  if (!component) {
    let loaded: ComponentType | undefined;
    let loading: Promise<{ default: ComponentType }> | undefined;
    const fetchCode = () => {
      loading ??= load().then(
        (module) => {
          loaded = module.default;
          return module;
        },
        (error: unknown) => {
          loading = undefined; // a later preload tries again
          throw error;
        },
      );
      return loading;
    };
    const Suspending = lazy(fetchCode);
    const Lazy = () => {
      const [Ready] = useState(() => loaded);
      return Ready ? <Ready /> : <Suspending />;
    };
    component = Object.assign(Lazy, { preload: () => fetchCode().then(() => undefined) });
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
