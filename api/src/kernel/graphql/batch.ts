import DataLoader from 'dataloader';

const loaders = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

/**
 * A DataLoader that lives as long as one request (its context object): field resolvers of a list
 * ask for one key each, and `load` answers them all from one query. `batch` receives the distinct
 * keys and returns the value of each (missing keys answer `null`).
 */
export function batchLoader<V>(
  requestScope: object,
  name: string,
  batch: (keys: readonly string[]) => Promise<Map<string, V>>,
): DataLoader<string, V | null> {
  let byName = loaders.get(requestScope);
  if (!byName) {
    byName = new Map();
    loaders.set(requestScope, byName);
  }
  let loader = byName.get(name) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>(async (keys) => {
      const found = await batch(keys);
      return keys.map((k) => found.get(k) ?? null);
    });
    byName.set(name, loader);
  }
  return loader;
}
