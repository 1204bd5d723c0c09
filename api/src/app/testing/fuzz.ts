import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The schema-driven fuzzer's pure half: for every root operation of the schema, a valid-looking
 * call and hostile variants of it (one leaf value replaced at a time). The test that sends them is
 * `app/fuzz.int.test.ts`; nothing here touches the network or the database.
 */

export interface FuzzCall {
  /** `Mutation.createPatient`, … */
  operation: string;
  /** What was changed from the valid-looking call, e.g. `input.familyName = NUL`. */
  variant: string;
  query: string;
  variables: Record<string, unknown>;
}

/** A small seeded generator (mulberry32), so that a failing run can be replayed with its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LONG = 'x'.repeat(100_000);

/** Hostile values by scalar, each with a short name for the report. */
export const HOSTILE: Record<string, [string, unknown][]> = {
  String: [
    ['NUL', 'a\u0000b'],
    ['BEL/ESC', 'a\u0007\u001b[2Jb'],
    ['RLO', 'abc\u202Efdp.exe'],
    ['lone surrogate', 'a\uD800b'],
    ['100k chars', LONG],
    ['empty', ''],
    ['blank', '   '],
    ['SQL', "x'); drop table patient; --"],
    ['HTML', '<img src=x onerror=alert(1)>'],
    ['path', '../../../../etc/passwd'],
    ['emoji', '🩺'.repeat(500)],
  ],
  ID: [
    ['not a UUID', 'x'],
    ['empty', ''],
    ['nil UUID', '00000000-0000-0000-0000-000000000000'],
    ['SQL', "1' or '1'='1"],
    ['NUL', '\u0000'],
    ['10k chars', 'a'.repeat(10_000)],
  ],
  Int: [
    ['max int', 2147483647],
    ['min int', -2147483648],
    ['over 32 bits', 2 ** 31],
    ['zero', 0],
    ['negative', -1],
    ['fraction', 1.5],
  ],
  Float: [
    ['1e308', 1e308],
    ['-1e308', -1e308],
    ['zero', 0],
    ['tiny', 1e-308],
    ['negative', -0.001],
  ],
  Boolean: [['string', 'true']],
  LocalDate: [
    ['year 0', '0000-01-01'],
    ['year 9999', '9999-12-31'],
    ['30 February', '2026-02-30'],
    ['words', 'yesterday'],
    ['1800', '1800-01-01'],
    ['NUL', '2026-01-01\u0000'],
  ],
  DateTimeISO: [
    ['year 1', '0001-01-01T00:00:00Z'],
    ['year 9999', '9999-12-31T23:59:59Z'],
    ['month 13', '2026-13-01T00:00:00Z'],
    ['words', 'tomorrow'],
    ['epoch number', 0],
  ],
  JSONObject: [
    ['empty', {}],
    ['deep', JSON.parse('{"a":'.repeat(50) + '1' + '}'.repeat(50)) as unknown],
  ],
};

const PAGING = ['after', 'before'];
const FORGED_CURSORS: [string, string][] = [
  ['garbage cursor', 'fuzz'],
  ['empty cursor', ''],
  ['cursor of nothing', Buffer.from('[]').toString('base64url')],
  ['cursor of an object', Buffer.from('{"id":1}').toString('base64url')],
  ['cursor of wrong types', Buffer.from('[{"x":1},null,"\\u0000"]').toString('base64url')],
];

/** A plausible value of an input type; `depth` bounds nested input objects. */
export function sampleValue(type: GraphQLInputType, depth = 0): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sampleValue(inner.ofType, depth)];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      if (depth < 3 || isNonNullType(f.type)) out[f.name] = sampleValue(f.type, depth + 1);
    }
    return out;
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return '3f6c1b7e-2a0d-4c51-9a8e-0d5b6c7e8f90';
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'LocalDate':
        return '2026-01-15';
      case 'DateTimeISO':
        return '2026-01-15T10:00:00.000Z';
      case 'JSONObject':
        return {};
      default:
        return 'fuzz';
    }
  }
  return null;
}

interface Leaf {
  path: (string | number)[];
  scalar: string;
  inList: boolean;
}

/** Every scalar position of a value built by `sampleValue`, and every list. */
function leavesOf(
  type: GraphQLInputType,
  value: unknown,
  path: (string | number)[],
  out: Leaf[],
  lists: (string | number)[][],
) {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    lists.push(path);
    if (Array.isArray(value) && value.length > 0) {
      leavesOf(inner.ofType, value[0] as unknown, [...path, 0], out, lists);
    }
    return;
  }
  if (isInputObjectType(inner)) {
    if (value === null || typeof value !== 'object') return;
    for (const f of Object.values(inner.getFields())) {
      const v = (value as Record<string, unknown>)[f.name];
      if (v !== undefined) leavesOf(f.type, v, [...path, f.name], out, lists);
    }
    return;
  }
  const named = getNamedType(inner);
  const scalar = isEnumType(named) ? 'enum' : named.name;
  out.push({ path, scalar, inList: path.some((p) => typeof p === 'number') });
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let holder: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) holder[last] = value;
}

function typeString(arg: GraphQLArgument): string {
  return String(arg.type);
}

/** The document calling one root field with every argument as a variable. */
function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const decl = field.args.map((a) => `$${a.name}: ${typeString(a)}`).join(', ');
  const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `${kind}${decl ? `(${decl})` : ''} { ${field.name}${pass ? `(${pass})` : ''}${selection} }`;
}

/**
 * The calls for one root field: the valid-looking one, then `variants` hostile ones picked at
 * random (seeded) among every (leaf, hostile value) pair, plus empty and 1,000-long lists.
 */
export function callsFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  variants: number,
  random: () => number,
): FuzzCall[] {
  const query = documentFor(kind, field);
  const operation = `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`;
  const base: Record<string, unknown> = {};
  const leaves: Leaf[] = [];
  const lists: (string | number)[][] = [];
  const pool: { name: string; apply: (v: Record<string, unknown>) => void }[] = [];
  for (const arg of field.args) {
    if (PAGING.includes(arg.name)) {
      // A list's first page has no cursor; forged ones are variants.
      for (const [name, value] of FORGED_CURSORS) {
        pool.push({ name: `${arg.name} = ${name}`, apply: (v) => (v[arg.name] = value) });
      }
      continue;
    }
    base[arg.name] = sampleValue(arg.type);
    leavesOf(arg.type, base[arg.name], [arg.name], leaves, lists);
  }
  for (const leaf of leaves) {
    for (const [name, value] of HOSTILE[leaf.scalar] ?? [['unknown enum', 'NOT_A_VALUE']]) {
      pool.push({
        name: `${leaf.path.join('.')} = ${name}`,
        apply: (v) => {
          setAt(v, leaf.path, value);
        },
      });
    }
  }
  for (const path of lists) {
    pool.push({
      name: `${path.join('.')} = []`,
      apply: (v) => {
        setAt(v, path, []);
      },
    });
    pool.push({
      name: `${path.join('.')} = 1,000 items`,
      apply: (v) => {
        let holder: unknown = v;
        for (const key of path) holder = (holder as Record<string | number, unknown>)[key];
        const one: unknown = Array.isArray(holder) ? (holder as unknown[])[0] : null;
        setAt(
          v,
          path,
          Array.from({ length: 1000 }, () => one),
        );
      },
    });
  }
  const calls: FuzzCall[] = [{ operation, variant: 'valid-looking', query, variables: base }];
  const picked = new Set<number>();
  while (picked.size < Math.min(variants, pool.length)) {
    picked.add(Math.floor(random() * pool.length));
  }
  for (const i of [...picked].sort((a, b) => a - b)) {
    const entry = pool[i];
    if (!entry) continue;
    const variables = structuredClone(base);
    entry.apply(variables);
    calls.push({ operation, variant: entry.name, query, variables });
  }
  return calls;
}

/** Every query and mutation of the schema with its calls; `logout` comes last (it ends the session). */
export function fuzzPlan(schema: GraphQLSchema, variants: number, seed: number): FuzzCall[][] {
  const random = seededRandom(seed);
  const plan: FuzzCall[][] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      plan.push(callsFor(kind, field, variants, random));
    }
  }
  return plan.sort(
    (a, b) =>
      Number(a[0]?.operation === 'Mutation.logout') - Number(b[0]?.operation === 'Mutation.logout'),
  );
}
