import { describe, expect, it } from 'vitest';
import { ALL_ROLES, pagesFor, shortcutsFor, tabsFor } from './page-registry';
import { redirectFor } from './App';
import { APP_PAGES } from './routes';

describe('page registry', () => {
  it('gives administrators users and audit, nobody else', () => {
    const adminTabs = tabsFor(APP_PAGES, 'ADMIN').map((t) => t.path);
    expect(adminTabs).toEqual(expect.arrayContaining(['home', 'users', 'audit', 'account']));
    for (const role of ALL_ROLES.filter((r) => r !== 'ADMIN')) {
      const tabs = tabsFor(APP_PAGES, role).map((t) => t.path);
      expect(tabs).toEqual(expect.arrayContaining(['home', 'account']));
      expect(tabs).not.toContain('users');
      expect(tabs).not.toContain('audit');
      expect(pagesFor(APP_PAGES, role).some((p) => p.path.startsWith('users'))).toBe(false);
    }
  });

  it('gives each path at most once per role', () => {
    for (const role of ALL_ROLES) {
      const paths = pagesFor(APP_PAGES, role).map((p) => p.path);
      expect(new Set(paths).size).toBe(paths.length);
    }
  });

  it('every role has a home and an account shortcut', () => {
    for (const role of ALL_ROLES) {
      expect(pagesFor(APP_PAGES, role).map((p) => p.path)).toContain('home');
      expect(shortcutsFor(APP_PAGES, role).map((s) => s.path)).toContain('account');
    }
  });
});

describe('redirectFor', () => {
  const user = {
    id: 'u',
    email: 'a@b.c',
    role: 'NURSE' as const,
    active: true,
    mustChangePassword: false,
    givenName: 'A',
    familyName: 'B',
    displayName: 'B A',
    locale: 'en' as const,
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

  it('takes a signed-in user from login to home', () => {
    expect(redirectFor({ status: 'signedIn', user }, '/login')).toBe('/app/home');
    expect(redirectFor({ status: 'signedIn', user }, '/app/users')).toBeNull();
  });
});
