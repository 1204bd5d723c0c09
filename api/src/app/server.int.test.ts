import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../kernel/auth/roles.js';
import { LIMITS } from './apollo.js';
import { startTestApp, type TestApp } from './testing/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('server', () => {
  it('answers the liveness and readiness probes', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('compresses what it sends when the client accepts gzip', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers GraphQL with the same headers as every other route, compressed as the client prefers', async () => {
    const query = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const post = (acceptEncoding: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
        body: query,
      });
    const plain = await post('identity');
    const health = await fetch(`${app.url}/healthz`);
    for (const name of [
      'content-security-policy',
      'permissions-policy',
      'x-content-type-options',
      'x-frame-options',
      'referrer-policy',
      'cross-origin-opener-policy',
    ]) {
      expect(plain.headers.get(name), name).toBe(health.headers.get(name));
      expect(plain.headers.get(name), name).not.toBeNull();
    }
    expect(plain.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(plain.headers.get('cache-control')).toBe('no-store');
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(plain.headers.get('content-encoding')).toBeNull();
    const expected = await plain.text();
    // fetch decodes brotli and gzip itself: the same answer arrives.
    const br = await post('gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toBe(expected);
    // A small answer is sent as it is.
    const small = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a request body it does not read with a typed error, and a text/plain POST as CSRF', async () => {
    const packed = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(packed.status).toBe(415);
    expect(await packed.json()).toEqual({
      errors: [
        { message: 'The request body could not be read.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    const simple = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('tags every response with a request id', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a query deeper than the limit with a clear code', async () => {
    let nested = 'name';
    for (let i = 0; i < LIMITS.depth + 2; i++) nested = `ofType { ${nested} }`;
    const r = await app.gql(`{ __type(name: "User") { fields { type { ${nested} } } } }`);
    expect(r.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors[0]?.message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from(
      { length: LIMITS.aliases + 5 },
      (_, i) => `a${String(i)}: me { id }`,
    );
    const r = await app.gql(`{ ${aliases.join(' ')} }`);
    expect(r.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors[0]?.message).toMatch(/alias/i);
  });

  it('refuses a document over the token budget', async () => {
    const fields = Array.from({ length: LIMITS.tokens }, () => 'id').join(' ');
    const r = await app.gql(`{ me { ${fields} } }`);
    expect(r.errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a query over the cost budget', async () => {
    const cheap = await startTestApp({ GRAPHQL_MAX_COST: '20' });
    try {
      const admin = await cheap.tokenFor(Role.ADMIN);
      const ok = await cheap.gql('{ me { id } }', {}, { token: admin.token });
      expect(ok.errors).toEqual([]);
      const r = await cheap.gql(
        '{ users(first: 50) { nodes { id email role givenName familyName phone address } } }',
        {},
        { token: admin.token },
      );
      expect(r.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors[0]?.message).toMatch(/cost/i);
    } finally {
      await cheap.close();
    }
  });

  it('answers a body that is no JSON, or too large, with a typed JSON error', async () => {
    const post = (body: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({
      errors: [
        { message: 'The request body could not be read.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    const huge = await post(
      JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(1_100_000) }),
    );
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toMatch(/^application\/json/);
    expect(
      ((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions
        .code,
    ).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses HTTP batching', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('turns introspection off in production', async () => {
    const prod = await startTestApp({ NODE_ENV: 'production' });
    try {
      const r = await prod.gql('{ __schema { types { name } } }');
      expect(r.data).toBeNull();
      expect(r.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // Nor do validation errors suggest the names of fields a caller got wrong.
      const typo = await prod.gql('{ auditEvent { id } }');
      expect(typo.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(typo.errors[0]?.message).not.toMatch(/Did you mean/);
      const res = await fetch(`${prod.url}/healthz`);
      expect(res.headers.get('permissions-policy')).toMatch(/^camera=\(self\), microphone=\(\)/);
      // WebSockets to this origin only ('self' covers same-origin ws:/wss: in CSP 3).
      expect(res.headers.get('content-security-policy')).toContain("connect-src 'self';");
    } finally {
      await prod.close();
    }
  });
});
