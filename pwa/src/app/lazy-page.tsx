import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { PageLoading } from './PageLoading';

const cache = new Map<() => Promise<{ default: ComponentType }>, LazyExoticComponent<ComponentType>>();

/** A code-split page: its chunk loads on first visit (or on `preload`). */
export function LazyPage({ load }: { load: () => Promise<{ default: ComponentType }> }) {
  let Page = cache.get(load);
  if (!Page) {
    Page = lazy(load);
    cache.set(load, Page);
  }
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}
