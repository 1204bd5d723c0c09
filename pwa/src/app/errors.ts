import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  | 'BAD_USER_INPUT'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PASSWORD_CHANGE_REQUIRED'
  /** The password was right; the sign-in needs a code (`challenge` says which sign-in). */
  | 'MFA_REQUIRED'
  /** The role requires two-step verification and the account has not set it up yet. */
  | 'MFA_ENROLMENT_REQUIRED'
  | 'BED_OCCUPIED'
  | 'SERVICE_UNAVAILABLE'
  | 'NETWORK'
  /** A query the device cannot answer from its offline data (see offline-source.ts). */
  | 'OFFLINE_UNAVAILABLE'
  | 'UNKNOWN';

/** What the UI needs to know about a failed operation. */
export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Seconds until the action may be retried (locked account, rate limit). */
  retryAfter?: number;
  /** Server messages per input field. */
  fields?: Record<string, string>;
  requestId?: string;
  /** Machine-readable cause beside the code (e.g. TOKEN_EXPIRED for a mailed link). */
  reason?: string;
  /** The sign-in challenge of an MFA_REQUIRED answer, for its second step. */
  challenge?: string;
}

const KNOWN: readonly string[] = [
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PASSWORD_CHANGE_REQUIRED',
  'MFA_REQUIRED',
  'MFA_ENROLMENT_REQUIRED',
  'BED_OCCUPIED',
  'SERVICE_UNAVAILABLE',
  'OFFLINE_UNAVAILABLE',
];

function isKnown(code: unknown): code is ErrorCode {
  return typeof code === 'string' && KNOWN.includes(code);
}

interface RawGraphQLError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The GraphQL errors of a failure, also when they came with a non-2xx HTTP status. */
export function graphQLErrorsOf(error: unknown): readonly RawGraphQLError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: RawGraphQLError[] };
      return body.errors ?? [];
    } catch {
      return [];
    }
  }
  return [];
}

/** The `extensions.code` of the first GraphQL error, if any. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = graphQLErrorsOf(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Reads the first GraphQL error's extensions, or classifies a network failure. */
export function errorInfo(error: unknown): ErrorInfo {
  const errors = graphQLErrorsOf(error);
  if (errors.length > 0) {
    const first = errors[0];
    const ext = first?.extensions ?? {};
    const info: ErrorInfo = {
      code: isKnown(ext.code) ? ext.code : 'UNKNOWN',
      message: first?.message ?? '',
    };
    if (typeof ext.retryAfter === 'number') info.retryAfter = ext.retryAfter;
    if (typeof ext.requestId === 'string') info.requestId = ext.requestId;
    if (typeof ext.reason === 'string') info.reason = ext.reason;
    if (typeof ext.challenge === 'string') info.challenge = ext.challenge;
    if (ext.fields && typeof ext.fields === 'object') {
      info.fields = ext.fields as Record<string, string>;
    }
    return info;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (typeof navigator !== 'undefined' && !navigator.onLine) return { code: 'NETWORK', message };
  if (error instanceof TypeError || /fetch|network/i.test(message)) {
    return { code: 'NETWORK', message };
  }
  return { code: 'UNKNOWN', message };
}
