import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  answerEncoding,
  BodyRefused,
  COMPRESS_FROM_BYTES,
  isGraphqlPath,
  parseBody,
  readBody,
  responseCookies,
} from './graphql-http.js';
import { securityHeaders } from './security-headers.js';

describe('isGraphqlPath', () => {
  it('takes /graphql with or without a slash or a query string, nothing else', () => {
    for (const url of ['/graphql', '/graphql/', '/graphql?query=x', '/graphql/?a=1']) {
      expect(isGraphqlPath(url)).toBe(true);
    }
    for (const url of [undefined, '/', '/graphqlx', '/graphql/x', '/files/graphql', '/app']) {
      expect(isGraphqlPath(url)).toBe(false);
    }
  });
});

describe('parseBody', () => {
  const raw = (s: string) => Buffer.from(s, 'utf8');

  it('parses JSON, with or without a UTF-8 charset; an empty body is an empty object', () => {
    expect(parseBody('application/json', raw('{"query":"{ me { id } }"}'))).toEqual({
      query: '{ me { id } }',
    });
    expect(parseBody('Application/JSON; charset=UTF-8', raw('{"a":"é"}'))).toEqual({ a: 'é' });
    expect(parseBody('application/json', raw(''))).toEqual({});
  });

  it('leaves other media types to Apollo (undefined), which refuses them', () => {
    expect(parseBody('text/plain', raw('{"query":"{ me { id } }"}'))).toBeUndefined();
    expect(parseBody(undefined, raw('x'))).toBeUndefined();
  });

  it('refuses broken JSON (400) and other charsets (415)', () => {
    expect(() => parseBody('application/json', raw('{"query": '))).toThrow(BodyRefused);
    try {
      parseBody('application/json; charset=latin1', raw('{}'));
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ status: 415, code: 'BAD_REQUEST' });
    }
    try {
      parseBody('application/json', raw('nope'));
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    }
  });
});

describe('answerEncoding', () => {
  const req = (acceptEncoding?: string, method = 'POST') => ({
    method,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });
  const big = COMPRESS_FROM_BYTES;

  it('compresses from 1 KB, as the client accepts, preferring brotli then gzip', () => {
    expect(answerEncoding(req('gzip, deflate, br, zstd'), big)).toBe('br');
    expect(answerEncoding(req('gzip'), big)).toBe('gzip');
    expect(answerEncoding(req('deflate'), big)).toBe('deflate');
    expect(answerEncoding(req('gzip;q=1, br;q=0.5'), big)).toBe('gzip');
  });

  it('sends small answers, HEAD, and what the client does not take as they are', () => {
    expect(answerEncoding(req('gzip'), big - 1)).toBeUndefined();
    expect(answerEncoding(req('gzip', 'HEAD'), big)).toBeUndefined();
    expect(answerEncoding(req(), big)).toBeUndefined();
    expect(answerEncoding(req('identity'), big)).toBeUndefined();
    expect(answerEncoding(req('gzip;q=0, zstd'), big)).toBeUndefined();
  });
});

describe('responseCookies', () => {
  function recorder() {
    const headers = new Map<string, unknown>();
    const res = {
      getHeader: (n: string) => headers.get(n),
      setHeader: (n: string, v: unknown) => headers.set(n, v),
    } as unknown as ServerResponse;
    return { res, headers };
  }

  it('appends Set-Cookie lines as Express did, and clears with a date in 1970', () => {
    const { res, headers } = recorder();
    const jar = responseCookies(res);
    const expires = new Date('2026-03-16T08:00:00.000Z');
    jar.set('cg_refresh', 'abc', {
      httpOnly: true,
      sameSite: 'strict',
      secure: true,
      path: '/graphql',
      expires,
    });
    jar.clear('other', { httpOnly: true, sameSite: 'strict', secure: false, path: '/graphql' });
    expect(headers.get('set-cookie')).toEqual([
      'cg_refresh=abc; Path=/graphql; Expires=Mon, 16 Mar 2026 08:00:00 GMT; HttpOnly; Secure; SameSite=Strict',
      'other=; Path=/graphql; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict',
    ]);
  });
});

describe('securityHeaders', () => {
  it('holds helmet’s headers and the permissions policy, HSTS in production only', () => {
    const dev = new Map(securityHeaders({ env: 'development' }));
    expect(dev.get('content-security-policy')).toContain("default-src 'self'");
    expect(dev.get('content-security-policy')).toContain("script-src 'self'");
    expect(dev.get('x-content-type-options')).toBe('nosniff');
    expect(dev.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(dev.get('permissions-policy')).toMatch(/^camera=\(self\), microphone=\(\)/);
    expect(dev.has('strict-transport-security')).toBe(false);
    const prod = new Map(securityHeaders({ env: 'production' }));
    expect(prod.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});

describe('readBody', () => {
  function request(headers: Record<string, string> = {}) {
    const stream = new PassThrough();
    return Object.assign(stream, { headers }) as unknown as IncomingMessage & PassThrough;
  }

  it('reads the whole body', async () => {
    const req = request();
    const body = readBody(req, 10);
    req.write('{"a":');
    req.end('1}');
    expect((await body).toString()).toBe('{"a":1}');
  });

  it('refuses a body over the limit, declared or not, and a compressed one', async () => {
    await expect(readBody(request({ 'content-length': '11' }), 10)).rejects.toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
    const undeclared = request();
    const body = readBody(undeclared, 10);
    undeclared.write('0123456789');
    undeclared.write('x');
    await expect(body).rejects.toMatchObject({ status: 413 });
    await expect(readBody(request({ 'content-encoding': 'gzip' }), 10)).rejects.toMatchObject({
      status: 415,
    });
  });

  it('refuses a body whose client went away before its end', async () => {
    const req = request();
    const body = readBody(req, 10);
    req.write('{"a":');
    req.destroy();
    await expect(body).rejects.toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});
