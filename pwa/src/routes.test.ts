import { describe, expect, it } from 'vitest';
import type { Capability, Role } from './gql/graphql';
import { ALL_ROLES, pagesFor, shortcutsFor, tabsFor } from './app/page-registry';
import { APP_PAGES } from './routes';
import grants from '../../schema/capabilities.json';

/** What the API grants each role, as `pnpm schema:emit` wrote it from the API's rules. */
const GRANTED = grants as Record<Role, Capability[]>;
const as = (role: Role) => ({ role, capabilities: GRANTED[role] });

describe('page registry', () => {
  it('gives administrators users and audit, nobody else', () => {
    const adminTabs = tabsFor(APP_PAGES, as('ADMIN')).map((t) => t.path);
    expect(adminTabs).toEqual(expect.arrayContaining(['home', 'users', 'audit', 'account']));
    for (const role of ALL_ROLES.filter((r) => r !== 'ADMIN')) {
      const tabs = tabsFor(APP_PAGES, as(role)).map((t) => t.path);
      expect(tabs).toEqual(expect.arrayContaining(['home', 'account']));
      expect(tabs).not.toContain('users');
      expect(tabs).not.toContain('audit');
      expect(pagesFor(APP_PAGES, as(role)).some((p) => p.path.startsWith('users'))).toBe(false);
    }
  });

  it('gives each path at most once per role', () => {
    for (const role of ALL_ROLES) {
      const paths = pagesFor(APP_PAGES, as(role)).map((p) => p.path);
      expect(new Set(paths).size).toBe(paths.length);
    }
  });

  it('shows the patient pages exactly to the accounts the API lets search and register', () => {
    expect(pagesFor(APP_PAGES, as('MANAGER')).map((p) => p.path)).not.toContain('patients');
    expect(pagesFor(APP_PAGES, as('CASHIER')).map((p) => p.path)).toContain('patients');
    expect(pagesFor(APP_PAGES, as('CASHIER')).map((p) => p.path)).not.toContain('patients/new');
    expect(pagesFor(APP_PAGES, as('RECEPTIONIST')).map((p) => p.path)).toContain('patients/new');
    expect(pagesFor(APP_PAGES, as('NURSE')).map((p) => p.path)).not.toContain('patients/:id/merge');
    expect(pagesFor(APP_PAGES, as('ADMIN')).map((p) => p.path)).toContain('patients/:id/merge');
  });

  it('every role has a home and an account shortcut', () => {
    for (const role of ALL_ROLES) {
      expect(pagesFor(APP_PAGES, as(role)).map((p) => p.path)).toContain('home');
      expect(shortcutsFor(APP_PAGES, as(role)).map((s) => s.path)).toContain('account');
    }
  });

  it('shows the wards pages exactly to the accounts the API grants their capability', () => {
    const paths = (role: Role) => pagesFor(APP_PAGES, as(role)).map((p) => p.path);
    expect(paths('NURSE')).toEqual(expect.arrayContaining(['beds', 'beds/:wardId', 'my-patients']));
    expect(paths('NURSE')).not.toContain('my-round');
    expect(paths('DOCTOR')).toEqual(expect.arrayContaining(['beds', 'my-round']));
    expect(paths('DOCTOR')).not.toContain('my-patients');
    expect(paths('MANAGER')).toEqual(
      expect.arrayContaining(['beds', 'nurse-assignments', 'ward-structure']),
    );
    expect(paths('PATIENT')).not.toContain('beds');
    expect(paths('LAB_TECHNICIAN')).not.toContain('beds');
    expect(shortcutsFor(APP_PAGES, as('NURSE')).map((s) => s.path)).toEqual(
      expect.arrayContaining(['beds', 'my-patients']),
    );
  });

  it('shows the emergency pages exactly to the accounts the API grants their capability', () => {
    const paths = (role: Role) => pagesFor(APP_PAGES, as(role)).map((p) => p.path);
    for (const role of ['NURSE', 'DOCTOR', 'RECEPTIONIST', 'MANAGER'] as const) {
      expect(paths(role), role).toContain('emergency');
      expect(shortcutsFor(APP_PAGES, as(role)).map((s) => s.path)).toContain('emergency');
    }
    // A case's screen is the department's staff's: a manager sees the queue, not the cases.
    for (const role of ['NURSE', 'DOCTOR', 'RECEPTIONIST'] as const) {
      expect(paths(role), role).toContain('emergency/:id');
    }
    expect(paths('MANAGER')).not.toContain('emergency/:id');
    expect(paths('NURSE')).toContain('emergency/new');
    expect(paths('RECEPTIONIST')).toContain('emergency/new');
    expect(paths('DOCTOR')).not.toContain('emergency/new');
    expect(paths('MANAGER')).not.toContain('emergency/new');
    for (const role of ['CASHIER', 'LAB_TECHNICIAN', 'PHARMACIST', 'ADMIN', 'PATIENT'] as const) {
      expect(paths(role), role).not.toContain('emergency');
    }
    expect(paths('PATIENT')).toContain('my-emergency-visits');
    expect(paths('NURSE')).not.toContain('my-emergency-visits');
  });

  it('gives the staff hours pages to the accounts that manage hours, as a home shortcut', () => {
    const paths = (role: Role) => pagesFor(APP_PAGES, as(role)).map((p) => p.path);
    for (const role of ['MANAGER', 'ADMIN'] as const) {
      expect(paths(role), role).toEqual(
        expect.arrayContaining(['staff-hours', 'staff-hours/:userId']),
      );
      expect(shortcutsFor(APP_PAGES, as(role)).map((s) => s.path)).toContain('staff-hours');
      expect(tabsFor(APP_PAGES, as(role)).map((t) => t.path)).not.toContain('staff-hours');
    }
    for (const role of ALL_ROLES.filter((r) => r !== 'MANAGER' && r !== 'ADMIN')) {
      expect(paths(role), role).not.toContain('staff-hours');
    }
  });

  it('keeps every tab bar to five tabs, which is what a phone’s width holds', () => {
    for (const role of ALL_ROLES) {
      expect(tabsFor(APP_PAGES, as(role)).length, role).toBeLessThanOrEqual(5);
    }
    expect(tabsFor(APP_PAGES, as('RECEPTIONIST')).map((t) => t.path)).toContain('beds');
    // The administrator's bar is full: the dashboard is their first home shortcut instead.
    expect(tabsFor(APP_PAGES, as('ADMIN')).map((t) => t.path)).not.toContain('dashboard');
    expect(shortcutsFor(APP_PAGES, as('ADMIN'))[0]?.path).toBe('dashboard');
    expect(tabsFor(APP_PAGES, as('MANAGER')).map((t) => t.path)).toContain('dashboard');
    expect(shortcutsFor(APP_PAGES, as('NURSE'))[0]?.path).toBe('my-patients');
    expect(shortcutsFor(APP_PAGES, as('DOCTOR'))[0]?.path).toBe('my-round');
  });

  it('gives the cashier billing as a tab and first on the home page, a patient their invoices', () => {
    const paths = (role: Role) => pagesFor(APP_PAGES, as(role)).map((p) => p.path);
    expect(tabsFor(APP_PAGES, as('CASHIER')).map((t) => t.path)).toContain('billing');
    expect(shortcutsFor(APP_PAGES, as('CASHIER'))[0]?.path).toBe('billing');
    expect(paths('CASHIER')).toEqual(
      expect.arrayContaining([
        'billing',
        'billing/patients/:patientId',
        'billing/invoices/:invoiceId',
        'billing/cash-up',
        'tariffs',
      ]),
    );
    expect(paths('CASHIER')).not.toContain('my-invoices');
    expect(paths('PATIENT')).toEqual(
      expect.arrayContaining(['my-invoices', 'my-invoices/:invoiceId']),
    );
    expect(paths('PATIENT')).not.toContain('billing');
    expect(paths('PATIENT')).not.toContain('tariffs');
    for (const role of ['MANAGER', 'ADMIN'] as const) {
      expect(paths(role), role).toContain('tariffs');
      expect(paths(role), role).not.toContain('billing');
    }
    for (const role of ['NURSE', 'DOCTOR', 'RECEPTIONIST'] as const) {
      expect(paths(role), role).not.toContain('tariffs');
      expect(paths(role), role).not.toContain('billing');
    }
  });
});
