/** The shape a translation must fill in: the same keys as the reference, every leaf a string. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

interface Tree {
  [key: string]: string | Tree;
}

/** Copies `part` into `target`, nested objects included, so that no domain's object is changed. */
function mergeInto(target: Tree, part: Tree, path: string): Tree {
  for (const [key, value] of Object.entries(part)) {
    const existing = target[key];
    if (existing === undefined) {
      target[key] = typeof value === 'string' ? value : mergeInto({}, value, `${path}${key}.`);
    } else if (typeof existing === 'string' || typeof value === 'string') {
      throw new Error(`${path}${key} is defined twice`);
    } else {
      mergeInto(existing, value, `${path}${key}.`);
    }
  }
  return target;
}

/**
 * One set of strings from each domain's own file. Domains may share a namespace (each adds its
 * shortcuts to `home.*`) but never a key: a key defined twice throws, so that one domain cannot
 * silently replace another's text.
 */
export function mergeStrings<P extends object[]>(...parts: P): Intersection<P[number]> {
  const out: Tree = {};
  for (const part of parts) mergeInto(out, part as Tree, '');
  return out as Intersection<P[number]>;
}
