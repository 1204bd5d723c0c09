import { homeOutline } from 'ionicons/icons';
import { ALL_ROLES, type AppPage } from '../../app/page-registry';

export const homePages: AppPage[] = [
  {
    path: 'home',
    roles: ALL_ROLES,
    load: () => import('./HomePage'),
    tab: { label: 'nav.home', icon: homeOutline, order: 0 },
  },
];
