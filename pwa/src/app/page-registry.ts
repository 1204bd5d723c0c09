import { createContext, useContext, type ComponentType } from 'react';
import type { Capability, Role } from '../gql/graphql';
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
 * `src/routes.ts` (the composition root) lists the domains. Tabs, home shortcuts and routes all derive from this, so a
 * role never sees a page it may not use.
 */
export interface AppPage {
  /** Path under `/app`, e.g. `users/:id`. */
  path: string;
  roles: readonly Role[];
  /**
   * The capability the page needs, as the API grants it in `me { capabilities }`: the page shows
   * exactly when its operations would be accepted, without a copy of the API's role lists.
   */
  requires?: Capability;
  load: () => Promise<{ default: ComponentType }>;
  /** Present when the page is a tab of the bottom bar. */
  tab?: { label: NavKey; icon: string; order: number };
  /** Present when the home page links to it. */
  shortcut?: { label: HomeKey; description: HomeKey; icon: string; order: number };
}

/** Who is asking: the signed-in account's role and the capabilities the API granted it. */
export interface PageViewer {
  role: Role;
  capabilities?: readonly Capability[] | null;
}

export function pagesFor(pages: readonly AppPage[], viewer: PageViewer): AppPage[] {
  const can = new Set(viewer.capabilities ?? []);
  return pages.filter(
    (p) => p.roles.includes(viewer.role) && (p.requires === undefined || can.has(p.requires)),
  );
}

export function tabsFor(pages: readonly AppPage[], viewer: PageViewer) {
  return pagesFor(pages, viewer)
    .flatMap((p) => (p.tab ? [{ path: p.path, ...p.tab }] : []))
    .sort((a, b) => a.order - b.order);
}

export function shortcutsFor(pages: readonly AppPage[], viewer: PageViewer) {
  return pagesFor(pages, viewer)
    .flatMap((p) => (p.shortcut ? [{ path: p.path, ...p.shortcut }] : []))
    .sort((a, b) => a.order - b.order);
}

const AppPagesContext = createContext<readonly AppPage[]>([]);

/** Gives the signed-in screens the page registry, which app/ receives and never imports. */
export const AppPagesProvider = AppPagesContext.Provider;

/** Every page of the signed-in app (all roles); filter with `pagesFor` / `shortcutsFor`. */
export function useAppPages(): readonly AppPage[] {
  return useContext(AppPagesContext);
}
