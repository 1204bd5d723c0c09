import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES } from '../kernel/auth/roles.js';
import { fuzzPlan } from './testing/fuzz.js';
import { startTestApp, type TestApp } from './testing/test-app.js';

/**
 * Every query and mutation of `schema/schema.graphql`, called as every role and with no token,
 * with a valid-looking input and hostile variants of it (app/testing/fuzz.ts). Whatever the
 * input, the answer is a typed error or a result: never INTERNAL_SERVER_ERROR, never HTTP 5xx,
 * never a stack or SQL in a message, and a refused call changes no row (an audit row aside).
 *
 * CI runs a few variants per operation and caller; `pnpm fuzz` runs many more
 * (FUZZ_VARIANTS, FUZZ_SEED to replay a run).
 */
const VARIANTS = Number(process.env.FUZZ_VARIANTS ?? 2);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const LEAKS =
  /\bat (?:\S+ \()?(?:file:\/\/|\/)\S+:\d+:\d+|node_modules|\.[jt]s:\d+|\bselect .+ from\b|\binsert into\b|\bviolates\b|syntax error|relation "|stack/i;

/** Tables a refused call may write: its audit row and the shared rate-limit counters. */
const MAY_CHANGE_ON_REFUSAL = ['audit_event', 'rate_limit', 'mikro_orm_migrations'];

let app: TestApp;
let db: pg.Client;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_RATE_PER_IP: '100000', REGISTER_RATE_PER_IP: '100000' });
  db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  // Counts every row written outside the tables above, to prove refusals change nothing.
  await db.query(`
    create table fuzz_change (n bigint not null);
    insert into fuzz_change values (0);
    create function fuzz_count() returns trigger language plpgsql as
      $$ begin update fuzz_change set n = n + 1; return null; end $$;
  `);
  const { rows } = await db.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public'
       and tablename <> all($1::text[]) and tablename <> 'fuzz_change'`,
    [MAY_CHANGE_ON_REFUSAL],
  );
  for (const { name } of rows) {
    await db.query(
      `create trigger fuzz_count after insert or update or delete on "${name}"
         for each row execute function fuzz_count()`,
    );
  }
});
afterAll(async () => {
  await db.end();
  await app.close();
});

async function changes(): Promise<number> {
  const { rows } = await db.query<{ n: string }>('select n from fuzz_change');
  return Number(rows[0]?.n ?? 0);
}

describe('schema-driven fuzz', () => {
  it('answers hostile input with typed errors, no 5xx, no leak, and no change when refused', async () => {
    const schema = buildSchema(
      readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'),
    );
    const plan = fuzzPlan(schema, VARIANTS, SEED);
    const callers: { name: string; token?: string }[] = [{ name: 'anonymous' }];
    for (const role of ALL_ROLES)
      callers.push({ name: role, token: (await app.tokenFor(role)).token });

    const failures: string[] = [];
    let calls = 0;
    for (const operationCalls of plan) {
      for (const caller of callers) {
        for (const call of operationCalls) {
          const before = await changes();
          const r = await app.gql(call.query, call.variables, { token: caller.token });
          calls++;
          const what = `${call.operation} as ${caller.name} with ${call.variant}`;
          const codes = r.errors.map((e) => {
            const code = e.extensions?.code;
            return typeof code === 'string' ? code : 'none';
          });
          if (r.status >= 500) failures.push(`${what}: HTTP ${String(r.status)}`);
          if (codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('none')) {
            failures.push(`${what}: ${codes.join(', ')} ${r.errors[0]?.message ?? ''}`);
          }
          const leak = r.errors.find((e) => LEAKS.test(e.message));
          if (leak) failures.push(`${what}: message leaks "${leak.message.slice(0, 120)}"`);
          const field = call.operation.split('.')[1] ?? '';
          const refused = r.errors.length > 0 && (r.data?.[field] ?? null) === null;
          if (refused && (await changes()) !== before) {
            failures.push(`${what}: refused (${codes.join(', ')}) but rows changed`);
          }
        }
      }
    }
    const operations = plan.length;
    console.info(
      `fuzz: ${String(operations)} operations × ${String(callers.length)} callers, ` +
        `${String(VARIANTS)} variants each (seed ${String(SEED)}): ${String(calls)} calls, ` +
        `${String(failures.length)} failures`,
    );
    expect(operations).toBeGreaterThan(80);
    expect(calls).toBeGreaterThan(operations * callers.length);
    expect(failures.slice(0, 60)).toEqual([]);
  }, 1_800_000);
});
