import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { arrive, login, visible } from './browser';

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

  async function tokenOf(email: string): Promise<string> {
    const data = await gql<{ login: { accessToken: string } }>(
      null,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email, password: passwordOf(email) } },
    );
    return data.login.accessToken;
  }

  /** Signs in through the login page and waits for the home page. */
  async function signIn(page: Page, email: string) {
    await login(page, base, email, passwordOf(email));
    await arrive(page, '**/app/home');
    await visible(page, '[data-testid="home"]').waitFor();
  }

  return { server, base, passwordOf, gql, tokenOf, signIn };
}
