import { describe, expect, it } from 'vitest';
import { outcomeOf, requestOf } from './sign-in';

const error = (extensions: Record<string, unknown>) => ({ data: null, errors: [{ extensions }] });

describe('requestOf', () => {
  it('sends the app’s own operations, with the fragment they spread', () => {
    const login = requestOf('password', { email: 'a@b.example', password: 'pw' });
    expect(login.operationName).toBe('Login');
    expect(login.query).toMatch(/mutation Login\(\$input: LoginInput!\)/);
    expect(login.query).toMatch(/fragment SessionUser on User/);
    expect(login.variables).toEqual({ input: { email: 'a@b.example', password: 'pw' } });
    const code = requestOf('code', { challenge: 'c1', code: '123456' });
    expect(code.operationName).toBe('VerifyMfa');
    expect(code.query).toMatch(/mutation VerifyMfa\(\$input: VerifyMfaInput!\)/);
    expect(code.variables).toEqual({ input: { challenge: 'c1', code: '123456' } });
  });
});

describe('outcomeOf', () => {
  it('signs in when the step’s field answered', () => {
    expect(outcomeOf('password', { data: { login: { accessToken: 't' } } })).toEqual({
      kind: 'signedIn',
    });
    expect(outcomeOf('code', { data: { verifyMfa: { accessToken: 't' } } })).toEqual({
      kind: 'signedIn',
    });
  });

  it('asks for a code when the password was right on a two-step account', () => {
    expect(outcomeOf('password', error({ code: 'MFA_REQUIRED', challenge: 'ch' }))).toEqual({
      kind: 'code',
      challenge: 'ch',
    });
    // Without its challenge there is no second step to take.
    expect(outcomeOf('password', error({ code: 'MFA_REQUIRED' }))).toEqual({
      kind: 'failed',
      message: 'login.failed',
    });
  });

  it('says the same for a wrong password, an unknown email and a locked account', () => {
    expect(outcomeOf('password', error({ code: 'UNAUTHENTICATED' }))).toEqual({
      kind: 'failed',
      message: 'login.wrongCredentials',
    });
    expect(outcomeOf('code', error({ code: 'UNAUTHENTICATED' }))).toEqual({
      kind: 'failed',
      message: 'mfa.wrongCode',
    });
  });

  it('goes back to the password when the code step’s challenge expired', () => {
    expect(
      outcomeOf('code', error({ code: 'UNAUTHENTICATED', reason: 'CHALLENGE_INVALID' })),
    ).toEqual({ kind: 'restart', message: 'mfa.expired' });
  });

  it('gives the wait of a rate limit, a minute when the server did not say', () => {
    expect(outcomeOf('password', error({ code: 'RATE_LIMITED', retryAfter: 840 }))).toEqual({
      kind: 'failed',
      message: 'login.rateLimited',
      retryAfter: 840,
    });
    expect(outcomeOf('code', error({ code: 'RATE_LIMITED' }))).toMatchObject({ retryAfter: 60 });
  });

  it('tells an answer that never came from one the server refused', () => {
    expect(outcomeOf('password', null)).toEqual({ kind: 'failed', message: 'login.offline' });
    expect(outcomeOf('password', error({ code: 'INTERNAL_SERVER_ERROR' }))).toEqual({
      kind: 'failed',
      message: 'login.failed',
    });
  });
});
