import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { arrive, login, visible } from './browser';
import { freshCode } from './totp';

/**
 * The demo hospital the global setup started, as a browser test talks to it: its address, the
 * demo logins' passwords, a GraphQL call straight to the API (to read what the screens should
 * show, or to prepare data), and a sign-in through the login page.
 */
export function demoHospital() {
  const server = inject('server');
  const base = server.url;

  function passwordOf(email: string): string {
    const cred = server.credentials[email];
    if (!cred) throw new Error(`no demo login for ${email}`);
    return cred.password;
  }

  async function gql<T>(token: string | null, query: string, variables: object = {}): Promise<T> {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  }

  /**
   * For a demo login with two-step verification (ADMIN, MANAGER), what answers its second step:
   * a fresh code of its authenticator; undefined for the others.
   */
  function codeOf(email: string): (() => Promise<string>) | undefined {
    const secret = server.credentials[email]?.totpSecret;
    return secret ? () => freshCode(secret, server.totpStepsFile) : undefined;
  }

  /** An access token of a demo login, through both steps of the sign-in when it has two. */
  async function tokenOf(email: string): Promise<string> {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        variables: { input: { email, password: passwordOf(email) } },
      }),
    });
    const body = (await res.json()) as {
      data?: { login: { accessToken: string } } | null;
      errors?: { message: string; extensions?: { code?: string; challenge?: string } }[];
    };
    if (body.data?.login) return body.data.login.accessToken;
    const challenge = body.errors?.[0]?.extensions?.challenge;
    const code = codeOf(email);
    if (!challenge || !code) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
    const data = await gql<{ verifyMfa: { accessToken: string } }>(
      null,
      'mutation($input: VerifyMfaInput!) { verifyMfa(input: $input) { accessToken } }',
      { input: { challenge, code: await code() } },
    );
    return data.verifyMfa.accessToken;
  }

  /** Signs in through the login page (and its code step when there is one), waits for home. */
  async function signIn(page: Page, email: string) {
    await login(page, base, email, passwordOf(email), codeOf(email));
    await arrive(page, '**/app/home');
    await visible(page, '[data-testid="home"]').waitFor();
  }

  return { server, base, passwordOf, codeOf, gql, tokenOf, signIn };
}
