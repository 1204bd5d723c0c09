/**
 * The floor the GraphQL pipeline is measured against: `node:http` and `pg`, nothing else, doing
 * what `{ me { id role } }` needs — read the JSON body, verify the bearer token with the API's own
 * `verifyAccessToken` (same secret, issuer, audience, clock), look the session up by id joined to
 * its account (revoked, expired, inactive: refused, as `resolveViewer` does), answer the account's
 * id and role. A pool of 20 connections, like the ORM's. Started by `run.ts` in a child process;
 * prints `listening <port>` once it is.
 */
import { createServer, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type * as Pg from '../../api/node_modules/@types/pg/index.js';
import { verifyAccessToken } from '../../api/src/kernel/auth/tokens.js';

// Bench scripts have no package of their own: pg is the API's, reached by path.
const pg = createRequire(import.meta.url)('../../api/node_modules/pg') as typeof Pg;

const env = process.env;
const settings = {
  secret: new TextEncoder().encode(env.JWT_SECRET ?? ''),
  issuer: env.JWT_ISSUER ?? 'caregraph',
  audience: 'caregraph-api',
  ttlSeconds: 900,
};
const pool = new pg.Pool({
  connectionString: env.DATABASE_URL,
  max: 20,
  connectionTimeoutMillis: 5_000,
  keepAlive: true,
});

const SESSION = `select u.id, u.role, u.must_change_password
  from session s join app_user u on u.id = s.user_id
 where s.id = $1 and s.revoked_at is null and s.expires_at > $2 and u.id = $3 and u.active`;

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

const unauthenticated = {
  errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }],
};

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query?: unknown };
        if (req.url !== '/graphql' || req.method !== 'POST' || typeof body.query !== 'string') {
          send(res, 400, { errors: [{ message: 'Bad request.' }] });
          return;
        }
        const m = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(req.headers.authorization ?? '');
        const now = new Date();
        const claims = m?.[1] ? await verifyAccessToken(m[1], settings, now) : null;
        if (!claims) {
          send(res, 200, unauthenticated);
          return;
        }
        const { rows } = await pool.query<{ id: string; role: string }>(SESSION, [
          claims.sid,
          now,
          claims.sub,
        ]);
        const user = rows[0];
        if (!user) {
          send(res, 200, unauthenticated);
          return;
        }
        send(res, 200, { data: { me: { id: user.id, role: user.role } } });
      } catch {
        send(res, 500, { errors: [{ message: 'Internal error.' }] });
      }
    })();
  });
});

server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  process.stdout.write(`listening ${String(typeof a === 'object' && a ? a.port : 0)}\n`);
});

process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
});
