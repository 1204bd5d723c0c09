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
  'PASSWORD_CHANGE_REQUIRED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'QUERY_TOO_COMPLEX',
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
