import type { ComponentType } from 'react';
import type { Role } from '../gql/graphql';
import type { en } from '../i18n/en';

export const ALL_ROLES: readonly Role[] = [
  'ADMIN',
  'MANAGER',
  'DOCTOR',
  'NURSE',
  'RECEPTIONIST',
  'LAB_TECHNICIAN',
  'PHARMACIST',
  'CASHIER',
  'PATIENT',
];

export const STAFF_ROLES: readonly Role[] = ALL_ROLES.filter((r) => r !== 'PATIENT');

type NavKey = `nav.${keyof typeof en.nav}`;
type HomeKey = `home.${keyof typeof en.home}`;

/**
 * One page of the signed-in app. A domain declares its pages in `pages/<domain>/routes.ts`;
 * `app/routes.ts` lists the domains. Tabs, home shortcuts and routes all derive from this, so a
 * role never sees a page it may not use.
 */
export interface AppPage {
  /** Path under `/app`, e.g. `users/:id`. */
  path: string;
  roles: readonly Role[];
  load: () => Promise<{ default: ComponentType }>;
  /** Present when the page is a tab of the bottom bar. */
  tab?: { label: NavKey; icon: string; order: number };
  /** Present when the home page links to it. */
  shortcut?: { label: HomeKey; description: HomeKey; icon: string; order: number };
}

export function pagesFor(pages: readonly AppPage[], role: Role): AppPage[] {
  return pages.filter((p) => p.roles.includes(role));
}

export function tabsFor(pages: readonly AppPage[], role: Role) {
  return pagesFor(pages, role)
    .flatMap((p) => (p.tab ? [{ path: p.path, ...p.tab }] : []))
    .sort((a, b) => a.order - b.order);
}

export function shortcutsFor(pages: readonly AppPage[], role: Role) {
  return pagesFor(pages, role)
    .flatMap((p) => (p.shortcut ? [{ path: p.path, ...p.shortcut }] : []))
    .sort((a, b) => a.order - b.order);
}
