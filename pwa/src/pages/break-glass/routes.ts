import { shieldHalfOutline } from 'ionicons/icons';
import type { AppPage } from '../../app/page-registry';

/** Break-the-glass review: the managers' list of emergency accesses. */
export const breakGlassPages: AppPage[] = [
  {
    path: 'emergency-accesses',
    roles: ['MANAGER'],
    requires: 'REVIEW_EMERGENCY_ACCESS',
    load: () => import('./EmergencyAccessesPage'),
    shortcut: {
      label: 'home.emergencyAccessShortcut',
      description: 'home.emergencyAccessShortcutText',
      icon: shieldHalfOutline,
      order: 30,
    },
  },
];
