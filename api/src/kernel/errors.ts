import { GraphQLError } from 'graphql';

/** The stable codes a client may switch on. Anything else is answered as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'SLOT_TAKEN',
  'BED_OCCUPIED',
  'INSUFFICIENT_STOCK',
  'LOT_EXPIRED',
  'LOT_RECALLED',
  'PASSWORD_CHANGE_REQUIRED',
  'MFA_REQUIRED',
  'MFA_ENROLMENT_REQUIRED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
] as const;

export type PublicErrorCode = (typeof PUBLIC_ERROR_CODES)[number];

/** An expected failure with a stable `extensions.code`; its message is safe to show. */
export class DomainError extends GraphQLError {
  constructor(code: PublicErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export type FieldErrors = Record<string, string>;

export class ValidationError extends DomainError {
  constructor(
    public readonly fields: FieldErrors,
    message = 'Some fields are invalid.',
  ) {
    super('BAD_USER_INPUT', message, { fields });
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'Record') {
    super('NOT_FOUND', `${what} not found.`);
  }
}

export class ConflictError extends DomainError {
  constructor(message = 'This record was changed by someone else. Reload and try again.') {
    super('CONFLICT', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You must sign in.', extensions: Record<string, unknown> = {}) {
    super('UNAUTHENTICATED', message, { ...extensions, http: { status: 401 } });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message, { http: { status: 403 } });
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many attempts. Try again later.', {
      retryAfter: retryAfterSeconds,
    });
  }
}

export const SERVICE_UNAVAILABLE_MESSAGE =
  'The service is briefly unavailable. Try again in a moment.';

/**
 * The database cannot be reached just now (restarting, failing over, out of connections): the
 * request may be sent again in a moment, here or on another instance. HTTP 503 with Retry-After.
 */
export class ServiceUnavailableError extends DomainError {
  static readonly retryAfterSeconds = 5;

  constructor() {
    const retryAfter = ServiceUnavailableError.retryAfterSeconds;
    super('SERVICE_UNAVAILABLE', SERVICE_UNAVAILABLE_MESSAGE, {
      retryAfter,
      http: { status: 503, headers: new Map([['retry-after', String(retryAfter)]]) },
    });
  }
}

export function isPublicCode(code: unknown): code is PublicErrorCode {
  return typeof code === 'string' && (PUBLIC_ERROR_CODES as readonly string[]).includes(code);
}

/** SQLSTATE of a PostgreSQL error wrapped by the driver or the ORM, when there is one. */
export function sqlState(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const rec = e as { code?: unknown; sqlState?: unknown; cause?: unknown; previous?: unknown };
    if (typeof rec.sqlState === 'string') return rec.sqlState;
    if (typeof rec.code === 'string' && /^[0-9A-Z]{5}$/.test(rec.code)) return rec.code;
    e = rec.previous ?? rec.cause;
  }
  return undefined;
}

/**
 * Whether an error means "no database to talk to right now" rather than "the database refused
 * this": the server shutting down or starting up (57P01, 57P02, 57P03), out of connections
 * (53300), a connection exception (class 08), a socket that could not be opened or was cut, or no
 * connection within the pool's timeout. Looks through the wrappers the ORM and GraphQL put around
 * the driver's error; a typed error is never one.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length > 0 && seen.size < 16) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e) || e instanceof DomainError) continue;
    seen.add(e);
    const rec = e as {
      code?: unknown;
      sqlState?: unknown;
      message?: unknown;
      cause?: unknown;
      previous?: unknown;
      originalError?: unknown;
      errors?: unknown;
    };
    for (const state of [rec.sqlState, rec.code]) {
      if (typeof state === 'string' && UNAVAILABLE_STATE.test(state)) return true;
    }
    if (typeof rec.code === 'string' && UNREACHABLE_ERRNO.has(rec.code)) return true;
    if (
      typeof rec.message === 'string' &&
      NO_CONNECTION.some((m) => m.test(rec.message as string))
    ) {
      return true;
    }
    queue.push(rec.cause, rec.previous, rec.originalError);
    if (Array.isArray(rec.errors)) queue.push(...(rec.errors as unknown[]));
  }
  return false;
}

const UNAVAILABLE_STATE = /^(?:08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** Socket errors on the way to the database (AggregateError carries one per address tried). */
const UNREACHABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** What pg and pg-pool say, with no code, when a connection cannot be had or broke. */
const NO_CONNECTION = [
  /^timeout exceeded when trying to connect/, // pg-pool: none free within connectionTimeoutMillis
  /^Connection terminated/, // pg: connect timeout, or the server went away mid-query
  /is not queryable/, // pg: a client whose connection already broke
  /^Cannot use a pool after calling end/, // pg-pool: asked during shutdown
];
