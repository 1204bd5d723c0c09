import { statsChartOutline } from 'ionicons/icons';
import type { AppPage } from '../../app/page-registry';

const load = () => import('./DashboardPage');

/**
 * The dashboard: the manager's first tab, the administrator's first home shortcut (their bar is
 * full with patients, users and audit), a doctor's "my activity" from home. The capability
 * decides; the roles only place the tab.
 */
export const reportsPages: AppPage[] = [
  {
    path: 'dashboard',
    roles: ['MANAGER'],
    requires: 'READ_DASHBOARD',
    load,
    tab: { label: 'nav.dashboard', icon: statsChartOutline, order: 1 },
    shortcut: {
      label: 'home.dashboardShortcut',
      description: 'home.dashboardShortcutText',
      icon: statsChartOutline,
      order: 0,
    },
  },
  {
    path: 'dashboard',
    roles: ['ADMIN'],
    requires: 'READ_DASHBOARD',
    load,
    shortcut: {
      label: 'home.dashboardShortcut',
      description: 'home.dashboardShortcutText',
      icon: statsChartOutline,
      order: 0,
    },
  },
  {
    path: 'dashboard',
    roles: ['DOCTOR'],
    requires: 'READ_DASHBOARD',
    load,
    shortcut: {
      label: 'home.myActivityShortcut',
      description: 'home.myActivityShortcutText',
      icon: statsChartOutline,
      order: 8,
    },
  },
];
