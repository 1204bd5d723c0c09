import { HeaderMap, type ApolloServer } from '@apollo/server';
import { stringifySetCookie } from 'cookie';
import Negotiator from 'negotiator';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import vary from 'vary';
import type { RequestContext, ResponseCookies } from '../kernel/context.js';

/** The largest GraphQL request body read: 1 MB, as `express.json({ limit: '1mb' })` had it. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Answers from this size are compressed, as the `compression` middleware does for assets. */
export const COMPRESS_FROM_BYTES = 1024;

type Encoding = 'br' | 'gzip' | 'deflate';
// The `compression` middleware's choice: brotli or gzip when the client takes both equally.
const SUPPORTED: string[] = ['br', 'gzip', 'deflate', 'identity'];
const PREFERRED: string[] = ['br', 'gzip'];
const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    promisify(zlib.brotliCompress)(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 },
    }),
  gzip: (body) => promisify(zlib.gzip)(body),
  deflate: (body) => promisify(zlib.deflate)(body),
};

/** How to encode an answer of `size` bytes for `req`, or undefined to send it as it is. */
export function answerEncoding(
  req: Pick<IncomingMessage, 'headers' | 'method'>,
  size: number,
): Encoding | undefined {
  if (size < COMPRESS_FROM_BYTES || req.method === 'HEAD' || !req.headers['accept-encoding']) {
    return undefined;
  }
  // negotiator 0.6.4 takes the server's preference second; its types do not say so.
  const negotiator = new Negotiator(req) as unknown as {
    encoding(available: string[], preferred: string[]): string | undefined;
  };
  const method = negotiator.encoding(SUPPORTED, PREFERRED);
  return method === 'br' || method === 'gzip' || method === 'deflate' ? method : undefined;
}

/** `/graphql`, with or without a trailing slash or a query string. */
export function isGraphqlPath(url: string | undefined): boolean {
  if (!url?.startsWith('/graphql')) return false;
  const rest = url.slice('/graphql'.length);
  return rest === '' || rest === '/' || rest.startsWith('?') || rest.startsWith('/?');
}

/** The message of every refused request body, on `/graphql` and on Express's routes. */
export const BODY_UNREADABLE = 'The request body could not be read.';

/** Why a body was not read: the status and code of the typed JSON answer. */
export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE',
  ) {
    super(BODY_UNREADABLE);
  }
}

/**
 * The body as GraphQL-over-HTTP takes it: parsed when it is JSON (`application/json`, UTF-8),
 * `undefined` otherwise (Apollo answers that: a CSRF refusal or a missing query). Pure.
 */
export function parseBody(contentType: string | undefined, raw: Buffer): unknown {
  const [media = '', ...params] = (contentType ?? '').split(';');
  if (media.trim().toLowerCase() !== 'application/json') return undefined;
  const charset = params
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replaceAll('"', '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    throw new BodyRefused(415, 'BAD_REQUEST');
  }
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw new BodyRefused(400, 'BAD_REQUEST');
  }
}

/**
 * Reads a request body of at most `limit` bytes. A compressed body is refused (no client of
 * ours sends one); one over the limit is refused as soon as it is known, without keeping the
 * rest.
 */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') {
      reject(new BodyRefused(415, 'BAD_REQUEST'));
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      reject(new BodyRefused(413, 'PAYLOAD_TOO_LARGE'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(new BodyRefused(413, 'PAYLOAD_TOO_LARGE'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks, size));
    });
    req.on('error', (err) => {
      if (done) return;
      done = true;
      reject(err);
    });
    // The client went away before the end of its body.
    req.on('close', () => {
      if (done) return;
      done = true;
      reject(new BodyRefused(400, 'BAD_REQUEST'));
    });
  });
}

/** Cookies set on a plain `node:http` answer, as Express's `res.cookie` / `res.clearCookie`. */
export function responseCookies(res: ServerResponse): ResponseCookies {
  const append = (line: string) => {
    const before = res.getHeader('set-cookie');
    const lines = Array.isArray(before) ? before : before === undefined ? [] : [String(before)];
    res.setHeader('set-cookie', [...lines, line]);
  };
  return {
    set(name, value, options) {
      append(stringifySetCookie({ name, value, ...options }));
    },
    clear(name, options) {
      append(stringifySetCookie({ name, value: '', ...options, expires: new Date(1) }));
    },
  };
}

export type GraphqlHttp = ReturnType<typeof graphqlHttpHandler<RequestContext>>;

export interface GraphqlHttpOptions<Context extends object> {
  apollo: ApolloServer<Context>;
  /** Headers every answer of the server carries (security headers). */
  headers: readonly (readonly [string, string])[];
  /** Runs the operation (after the body is read), e.g. bound to this instance's live events. */
  bind: (fn: () => Promise<void>) => Promise<void>;
  /** What went wrong outside Apollo (a bug): logged without the request's data. */
  onError: (err: unknown) => void;
}

/**
 * GraphQL over HTTP on `node:http`, without Express: the same answers as Apollo's Express
 * integration behind `express.json`, `compression` and `helmet` had (the tests in
 * `server.int.test.ts` hold both to them), at a fraction of the cost per request. Express's
 * router, its request and response prototypes, the body parser and helmet's dozen middlewares
 * (replaced by their headers, computed once) were most of what `{ me { id role } }` cost beyond
 * the work itself (bench/README.md, "request pipeline").
 */
export function graphqlHttpHandler<Context extends object>(opts: GraphqlHttpOptions<Context>) {
  const send = async (
    req: IncomingMessage,
    res: ServerResponse,
    context: () => Promise<Context>,
  ) => {
    let body: unknown;
    try {
      body = parseBody(req.headers['content-type'], await readBody(req));
    } catch (err) {
      if (!(err instanceof BodyRefused)) throw err;
      refuse(res, err);
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url?.indexOf('?') ?? -1;
    const answer = await opts.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method?.toUpperCase() ?? 'GET',
        headers,
        search: query >= 0 ? (req.url?.slice(query) ?? '') : '',
        body,
      },
      context,
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    vary(res, 'Accept-Encoding');
    if (answer.body.kind === 'complete') {
      const bytes = Buffer.from(answer.body.string, 'utf8');
      const encoding = answerEncoding(req, bytes.length);
      if (!encoding) {
        res.end(bytes);
        return;
      }
      // zlib works on libuv's threads: a 700 KB shift pack does not hold the event loop.
      const packed = await compressors[encoding](bytes);
      res.setHeader('content-encoding', encoding);
      res.end(packed);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
  /** `context` builds the request's context; it may throw a GraphQLError, which Apollo answers. */
  return (req: IncomingMessage, res: ServerResponse, context: () => Promise<Context>) => {
    for (const [name, value] of opts.headers) res.setHeader(name, value);
    opts
      .bind(() => send(req, res, context))
      .catch((err: unknown) => {
        opts.onError(err);
        if (res.headersSent) {
          res.destroy();
          return;
        }
        json(res, 500, {
          message: 'Internal error.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
      });
  };
}

function refuse(res: ServerResponse, err: BodyRefused) {
  // What is left of an oversized body is discarded by node:http once this answer is sent.
  json(res, err.status, { message: err.message, extensions: { code: err.code } });
}

function json(res: ServerResponse, status: number, error: object) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [error] }));
}
