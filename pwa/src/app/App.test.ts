import { describe, expect, it } from 'vitest';
import { redirectFor } from './App';

describe('redirectFor', () => {
  const user = {
    id: 'u',
    email: 'a@b.c',
    role: 'NURSE' as const,
    active: true,
    mustChangePassword: false,
    mfaEnabled: false,
    mfaRequired: false,
    givenName: 'A',
    familyName: 'B',
    displayName: 'B A',
    locale: 'en' as const,
    capabilities: [],
  };

  it('sends a signed-out visitor to login, but lets them register', () => {
    expect(redirectFor({ status: 'signedOut', user: null }, '/app/home')).toBe('/login');
    expect(redirectFor({ status: 'signedOut', user: null }, '/register')).toBeNull();
  });

  it('holds a user who must change their password on that screen', () => {
    const state = { status: 'signedIn' as const, user: { ...user, mustChangePassword: true } };
    expect(redirectFor(state, '/app/home')).toBe('/change-password');
    expect(redirectFor(state, '/change-password')).toBeNull();
  });

  it('holds an administrator without two-step verification on its set-up, then lets them go', () => {
    const held = {
      status: 'signedIn' as const,
      user: { ...user, role: 'ADMIN' as const, mfaRequired: true },
    };
    expect(redirectFor(held, '/app/users')).toBe('/mfa-setup');
    expect(redirectFor(held, '/mfa-setup')).toBeNull();
    const enrolled = { ...held, user: { ...held.user, mfaEnabled: true } };
    // The set-up stays open to show the recovery codes, then the app opens.
    expect(redirectFor(enrolled, '/mfa-setup')).toBeNull();
    expect(redirectFor(enrolled, '/app/users')).toBeNull();
  });

  it('takes a signed-in user from login to home', () => {
    expect(redirectFor({ status: 'signedIn', user }, '/login')).toBe('/app/home');
    expect(redirectFor({ status: 'signedIn', user }, '/app/users')).toBeNull();
  });

  it('leaves a mailed link open signed in or out; forgot-password is for signed-out users', () => {
    for (const path of ['/reset-password', '/verify-email']) {
      expect(redirectFor({ status: 'signedOut', user: null }, path)).toBeNull();
      expect(redirectFor({ status: 'signedIn', user }, path)).toBeNull();
    }
    expect(redirectFor({ status: 'signedOut', user: null }, '/forgot-password')).toBeNull();
    expect(redirectFor({ status: 'signedIn', user }, '/forgot-password')).toBe('/app/home');
  });
});
