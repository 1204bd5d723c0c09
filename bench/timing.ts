/**
 * Timing helpers for the bench scripts: percentiles, a closed-loop run over N clients, and the
 * SQL statements one request runs (read from the ORM's query log with a slow-query threshold of
 * 0). New benches use these; older ones keep their own copies until they are next touched.
 */
import { performance } from 'node:perf_hooks';
import { type openBenchDatabase, quietLogger } from './patients/db.js';

type Orm = Awaited<ReturnType<typeof openBenchDatabase>>['orm'];

export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

/** `n` requests over `clients` concurrent clients: p50/p95/p99/max in ms and requests/s. */
export async function measure(
  name: string,
  n: number,
  clients: number,
  run: (i: number) => Promise<unknown>,
) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        await run(i);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    name,
    requests: n,
    clients,
    p50: +pct(times, 50).toFixed(1),
    p95: +pct(times, 95).toFixed(1),
    p99: +pct(times, 99).toFixed(1),
    max: +Math.max(...times).toFixed(1),
    perSecond: +(n / seconds).toFixed(0),
  };
}

/** A logger for `openBenchDatabase` that records the ORM's statements while counting. */
export function statementCounter() {
  let counting = false;
  const lines: string[] = [];
  const log = quietLogger((line) => {
    if (counting && line.startsWith('[slow-query]')) lines.push(line);
  });
  /** The statements `run` makes, each with its text (200 characters) and time. */
  async function statementsOf(orm: Orm, run: () => Promise<unknown>) {
    lines.length = 0;
    orm.config.set('slowQueryThreshold', 0);
    counting = true;
    await run();
    counting = false;
    orm.config.set('slowQueryThreshold', undefined);
    return lines.map((s) => {
      const text = s.replace(/^\[slow-query\]\s*/, '').replace(/\s+/g, ' ');
      const took = /\[took (\d+) ms[^\]]*\]\s*$/.exec(text);
      return {
        sql: text.replace(/\s*\[took [^\]]*\]\s*$/, '').slice(0, 200),
        ms: Number(took?.[1] ?? 0),
      };
    });
  }
  return { log, statementsOf };
}

/** A GraphQL client of the bench server: `gql` throws on any error; `signIn` answers a token. */
export function graphqlClient(url: string) {
  async function gql(query: string, variables: Record<string, unknown>, token?: string) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const r = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
    return r.data ?? {};
  }
  async function signIn(email: string, password: string): Promise<string> {
    const d = await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email, password },
    });
    return (d.login as { accessToken: string }).accessToken;
  }
  return { gql, signIn };
}
