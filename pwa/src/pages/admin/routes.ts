import { mailOutline, peopleOutline, shieldCheckmarkOutline } from 'ionicons/icons';
import type { AppPage } from '../../app/page-registry';

const ADMIN = ['ADMIN'] as const;

export const adminPages: AppPage[] = [
  {
    path: 'users',
    roles: ADMIN,
    load: () => import('./UsersPage'),
    tab: { label: 'nav.users', icon: peopleOutline, order: 10 },
    shortcut: {
      label: 'home.usersShortcut',
      description: 'home.usersShortcutText',
      icon: peopleOutline,
      order: 10,
    },
  },
  { path: 'users/new', roles: ADMIN, load: () => import('./CreateUserPage') },
  { path: 'users/:id', roles: ADMIN, load: () => import('./UserDetailPage') },
  {
    path: 'audit',
    roles: ADMIN,
    load: () => import('./AuditPage'),
    tab: { label: 'nav.audit', icon: shieldCheckmarkOutline, order: 20 },
    shortcut: {
      label: 'home.auditShortcut',
      description: 'home.auditShortcutText',
      icon: shieldCheckmarkOutline,
      order: 20,
    },
  },
  {
    path: 'mail',
    roles: ADMIN,
    load: () => import('./MailOutboxPage'),
    shortcut: {
      label: 'home.mailShortcut',
      description: 'home.mailShortcutText',
      icon: mailOutline,
      order: 30,
    },
  },
];
