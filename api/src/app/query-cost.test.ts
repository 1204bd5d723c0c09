import 'reflect-metadata';
import { globSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  GraphQLObjectType,
  Kind,
  parse,
  print,
  typeFromAST,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../kernel/context.js';
import { loadConfig } from '../kernel/config.js';
import { DEFAULT_PAGE as CONNECTION_PAGE, MAX_PAGE } from '../kernel/graphql/connection.js';
import { createApollo } from './apollo.js';
import { DEFAULT_LIST_SIZES, DEFAULT_PAGE, queryCost, UNSIZED_LIST } from './query-cost.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const schema = buildSchema(readFileSync(`${repo}schema/schema.graphql`, 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}, name?: string) =>
  queryCost(schema, parse(query), variables, name);

const ALLERGY = 'id substance kind reaction severity status note';

/** The budget a server gets when GRAPHQL_MAX_COST is not set. */
const maxCost = loadConfig({ JWT_SECRET: 'x'.repeat(32) }).maxQueryCost;

describe('queryCost', () => {
  it('counts one per field, nothing for __typename, and one per object plus its fields', () => {
    expect(cost('{ me { id email __typename } }')).toBe(3);
    expect(cost('{ __typename }')).toBe(0);
  });

  it('multiplies a connection’s lists by the page asked for, or by the resolver’s default page', () => {
    // users + (nodes + 50 × 2) + (pageInfo + 1) + totalCount
    expect(
      cost('{ users(first: 50) { nodes { id email } pageInfo { endCursor } totalCount } }'),
    ).toBe(1 + (1 + 50 * 2) + (1 + 1) + 1);
    expect(cost('{ users { nodes { id } } }')).toBe(1 + (1 + 20 * 1));
    expect(DEFAULT_PAGE).toBe(CONNECTION_PAGE);
    expect(cost('{ users(first: 5) { edges { cursor node { id email } } } }')).toBe(
      1 + (1 + 5 * (1 + (1 + 2))),
    );
  });

  it('multiplies nested lists: a page of patients times each one’s allergies', () => {
    const q = `{ patients(first: 100) { nodes { id allergies { ${ALLERGY} } } } }`;
    expect(cost(q)).toBe(1 + (1 + 100 * (1 + (1 + UNSIZED_LIST * 7))));
    expect(cost(q)).toBeGreaterThan(maxCost);
  });

  it('counts what a preloaded answer selects, its lists once each: the shift pack', () => {
    // myShiftPack + (patients + (patientId + (allergies + 2) + (vitals + 1))) + asOf
    const q = `{ myShiftPack { asOf patients { patientId allergies { id substance } vitals { id } } } }`;
    expect(cost(q)).toBe(1 + 1 + (1 + (1 + (1 + 2) + (1 + 1))));
    // The same lists anywhere else multiply as usual.
    expect(cost('{ patients(first: 100) { nodes { allergies { id substance } } } }')).toBe(
      1 + (1 + 100 * (1 + UNSIZED_LIST * 2)),
    );
  });

  it('reads a size from its variable, then from the variable’s default, then from the resolver', () => {
    const q = 'query($n: Int = 7) { users(first: $n) { nodes { id } } }';
    expect(cost(q, { n: 40 })).toBe(2 + 40);
    expect(cost(q)).toBe(2 + 7);
    expect(cost(q, { n: null })).toBe(2 + 20);
    expect(cost('query($n: Int) { users(first: $n) { nodes { id } } }')).toBe(2 + 20);
  });

  it('counts a size the resolver would refuse as asked, with a floor of one item', () => {
    expect(cost('{ users(first: 100000) { nodes { id } } }')).toBe(2 + 100_000);
    expect(cost('{ users(first: -3) { nodes { id } } }')).toBe(2 + 1);
    expect(cost('query($n: Int) { users(first: $n) { nodes { id } } }', { n: 'many' })).toBe(
      2 + 20,
    );
  });

  it('uses each list field’s own size argument and default, `last` included', () => {
    const chart = (sel: string) => cost(`{ patientChart(patientId: "p") { ${sel} } }`) - 1;
    expect(chart('vitalsTrend(last: 3) { id }')).toBe(1 + 3);
    expect(chart('vitalsTrend { id }')).toBe(1 + 20);
    expect(chart('recentEncounters { id }')).toBe(1 + 5);
    expect(chart('recentLabResults { id }')).toBe(1 + 10);
    expect(chart('allergies { id }')).toBe(1 + UNSIZED_LIST);
  });

  it('names only real list fields with a size argument in its table of defaults', () => {
    for (const key of Object.keys(DEFAULT_LIST_SIZES)) {
      const [typeName = '', fieldName = ''] = key.split('.');
      const type = schema.getType(typeName);
      const field = type instanceof GraphQLObjectType ? type.getFields()[fieldName] : undefined;
      expect(
        field?.args.map((a) => a.name),
        key,
      ).toEqual(expect.arrayContaining([expect.stringMatching(/^(first|last|limit)$/)]));
    }
  });

  it('counts fragments and inline fragments where they are spread', () => {
    const spread = `
      query { users(first: 10) { nodes { ...U ... on User { role } } } }
      fragment U on User { id email }`;
    expect(cost(spread)).toBe(2 + 10 * 3);
    const nested = `
      query { patients(first: 10) { nodes { ...P } } }
      fragment P on Patient { id allergies { ...A } }
      fragment A on Allergy { id substance }`;
    expect(cost(nested)).toBe(2 + 10 * (1 + 1 + UNSIZED_LIST * 2));
  });

  it('costs the operation named, and introspection like any other field', () => {
    const doc = 'query A { me { id } } query B { users(first: 30) { nodes { id } } }';
    expect(cost(doc, {}, 'A')).toBe(2);
    expect(cost(doc, {}, 'B')).toBe(2 + 30);
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(
      1 + (1 + UNSIZED_LIST * (1 + (1 + UNSIZED_LIST))),
    );
  });

  it('costs a document of fragments spread into fragments in linear time', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${String(i)} on User { ...F${String(i + 1)} ...F${String(i + 1)} }`,
    );
    const doc = `{ me { ...F0 } } ${fragments.join(' ')} fragment F${String(levels)} on User { id }`;
    const started = performance.now();
    expect(cost(doc)).toBe(1 + 2 ** levels);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

/**
 * Where the PWA pins a smaller page than the largest the API accepts, and the line that does it:
 * if that line changes, so must this table.
 */
const PWA_PAGES: Readonly<Record<string, { page: number; file: string; line: string }>> = {
  PatientTimeline: {
    page: 25,
    file: 'pwa/src/features/records/ChartTimeline.tsx',
    line: 'variables: { patientId, first: 25 }',
  },
  StockLevels: {
    page: 20,
    file: 'pwa/src/pages/pharmacy/StockPage.tsx',
    line: 'first: 20,',
  },
};

/**
 * Every operation under `pwa/src/**` (one per `.graphql` file, fragments shared), each size
 * variable at the largest page the API accepts unless `PWA_PAGES` says otherwise.
 */
function pwaOperations() {
  const files = globSync('pwa/src/**/*.graphql', { cwd: repo });
  const doc = parse(files.map((f) => readFileSync(`${repo}${f}`, 'utf8')).join('\n'));
  const operations = doc.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operations.map((op) => {
    const name = op.name?.value ?? print(op);
    const variables: Record<string, unknown> = {};
    for (const v of op.variableDefinitions ?? []) {
      const type = typeFromAST(schema, v.type);
      if (type && getNamedType(type).name === 'Int') {
        variables[v.variable.name.value] = PWA_PAGES[name]?.page ?? MAX_PAGE;
      }
    }
    return { name, cost: queryCost(schema, doc, variables, name) };
  });
}

describe('the PWA’s operations', () => {
  it('each cost less than the default budget at the largest page they may ask for', () => {
    const costs = pwaOperations();
    expect(costs.length).toBeGreaterThan(60);
    expect(costs.filter((c) => c.cost === 0)).toEqual([]);
    expect(costs.filter((c) => c.cost >= maxCost)).toEqual([]);
  });

  it('pin the pages the cost test assumes', () => {
    for (const [name, { file, line }] of Object.entries(PWA_PAGES)) {
      const source = readFileSync(`${repo}${file}`, 'utf8');
      expect(source, name).toContain(`${name}Document`);
      expect(source, name).toContain(line);
    }
  });
});

describe('the cost limit in the server', () => {
  /** The real schema, every root field counting its calls instead of reading anything. */
  function countingServer() {
    const counted = buildSchema(readFileSync(`${repo}schema/schema.graphql`, 'utf8'));
    const calls: string[] = [];
    for (const root of [counted.getQueryType(), counted.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        field.resolve = () => {
          calls.push(field.name);
          return { nodes: [], edges: [], totalCount: 0 };
        };
      }
    }
    const apollo = createApollo(counted, createServer(), { introspection: true, maxCost });
    // Only the error masking reads the context, and no error here is an unexpected one.
    const contextValue = {} as RequestContext;
    return { apollo, calls, contextValue };
  }

  it('refuses a page of 100 with a list in each item before anything runs, with a typed error', async () => {
    const { apollo, calls, contextValue } = countingServer();
    await apollo.start();
    try {
      const res = await apollo.executeOperation(
        {
          query: `query($n: Int) { patients(first: $n) { nodes { id allergies { ${ALLERGY} } } } }`,
          variables: { n: 100 },
        },
        { contextValue },
      );
      expect(res.http.status).toBe(400);
      expect(res.body.kind).toBe('single');
      const result = res.body.kind === 'single' ? res.body.singleResult : undefined;
      expect(result?.data).toBeUndefined();
      expect(result?.errors?.[0]?.message).toMatch(/cost .* exceeds the limit of/i);
      expect(result?.errors?.[0]?.extensions).toEqual({
        code: 'GRAPHQL_VALIDATION_FAILED',
        cost: 1 + (1 + 100 * (1 + (1 + UNSIZED_LIST * 7))),
        maxCost,
      });
      expect(calls).toEqual([]);

      const small = await apollo.executeOperation(
        {
          query: `query($n: Int) { patients(first: $n) { nodes { id allergies { ${ALLERGY} } } } }`,
          variables: { n: 5 },
        },
        { contextValue },
      );
      expect(small.body.kind === 'single' ? small.body.singleResult : undefined).toEqual({
        data: { patients: { nodes: [] } },
      });
      expect(calls).toEqual(['patients']);
    } finally {
      await apollo.stop();
    }
  });
});
