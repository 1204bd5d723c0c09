/**
 * The login page's two steps (password, then a code of the authenticator on an account with
 * two-step verification) as plain functions: the request each step sends and what its answer
 * means for the page. No React, no Apollo: the page is the first thing a phone loads.
 */
import loginSource from './graphql/login.graphql?raw';
import sessionUserSource from './graphql/session-user.fragment.graphql?raw';
import verifyMfaSource from '../mfa/graphql/verify-mfa.graphql?raw';

export type Step = 'password' | 'code';

/** Keys of the page's messages, in the app's strings (`i18n/core.*.ts`). */
export type FailureKey =
  | 'login.wrongCredentials'
  | 'login.rateLimited'
  | 'login.offline'
  | 'login.failed'
  | 'mfa.wrongCode'
  | 'mfa.expired';

export type Outcome =
  | { kind: 'signedIn' }
  /** The password was right; the account asks for a code, for this challenge. */
  | { kind: 'code'; challenge: string }
  /** The code step's challenge is no longer valid (5 minutes): back to the password. */
  | { kind: 'restart'; message: 'mfa.expired' }
  | { kind: 'failed'; message: FailureKey; retryAfter?: number };

export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: Record<string, unknown> }[];
}

/** The body each step posts to /graphql: the app's own operations (`*.graphql`). */
export function requestOf(
  step: Step,
  input: { email: string; password: string } | { challenge: string; code: string },
) {
  const [operationName, source] =
    step === 'password' ? ['Login', loginSource] : ['VerifyMfa', verifyMfaSource];
  return { operationName, query: `${source}\n${sessionUserSource}`, variables: { input } };
}

/** What an answer means; `null` when none came (no network, or a body that is no JSON). */
export function outcomeOf(step: Step, answer: GraphQLAnswer | null): Outcome {
  if (!answer) return { kind: 'failed', message: 'login.offline' };
  const field = step === 'password' ? 'login' : 'verifyMfa';
  if (answer.data?.[field]) return { kind: 'signedIn' };
  const ext = answer.errors?.[0]?.extensions ?? {};
  const code = ext.code;
  if (step === 'password' && code === 'MFA_REQUIRED' && typeof ext.challenge === 'string') {
    return { kind: 'code', challenge: ext.challenge };
  }
  if (step === 'code' && ext.reason === 'CHALLENGE_INVALID') {
    return { kind: 'restart', message: 'mfa.expired' };
  }
  if (code === 'UNAUTHENTICATED') {
    // The same answer for an unknown email, a wrong password and a locked account.
    return {
      kind: 'failed',
      message: step === 'password' ? 'login.wrongCredentials' : 'mfa.wrongCode',
    };
  }
  if (code === 'RATE_LIMITED') {
    return {
      kind: 'failed',
      message: 'login.rateLimited',
      retryAfter: typeof ext.retryAfter === 'number' ? ext.retryAfter : 60,
    };
  }
  return { kind: 'failed', message: 'login.failed' };
}
