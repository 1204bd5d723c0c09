import { personCircleOutline } from 'ionicons/icons';
import { ALL_ROLES, type AppPage } from '../../app/page-registry';

export const accountPages: AppPage[] = [
  {
    path: 'account',
    roles: ALL_ROLES,
    load: () => import('./AccountPage'),
    tab: { label: 'nav.account', icon: personCircleOutline, order: 100 },
    shortcut: {
      label: 'home.accountShortcut',
      description: 'home.accountShortcutText',
      icon: personCircleOutline,
      order: 100,
    },
  },
  {
    path: 'account/password',
    roles: ALL_ROLES,
    load: () => import('./ChangePasswordPage'),
  },
];
