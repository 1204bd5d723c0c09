import { medkitOutline } from 'ionicons/icons';
import { STAFF_ROLES, type AppPage } from '../../app/page-registry';

/**
 * The emergency department: the live queue, the triage desk's arrival form and one case's
 * screen, each shown exactly when the API grants its capability. Clinicians' tab bars are full,
 * so the way in is a home shortcut, as for the bed boards; patients see their own visits.
 */
export const emergencyPages: AppPage[] = [
  {
    path: 'emergency',
    roles: STAFF_ROLES,
    requires: 'READ_EMERGENCY_QUEUE',
    load: () => import('./EmergencyQueuePage'),
    shortcut: {
      label: 'home.emergencyShortcut',
      description: 'home.emergencyShortcutText',
      icon: medkitOutline,
      order: 4,
    },
  },
  {
    path: 'emergency/new',
    roles: STAFF_ROLES,
    requires: 'REGISTER_EMERGENCY_ARRIVAL',
    load: () => import('./NewArrivalPage'),
  },
  {
    path: 'emergency/:id',
    roles: STAFF_ROLES,
    requires: 'READ_EMERGENCY_CASE',
    load: () => import('./EmergencyCasePage'),
  },
  {
    path: 'my-emergency-visits',
    roles: ['PATIENT'],
    load: () => import('./MyEmergencyVisitsPage'),
    shortcut: {
      label: 'home.myEmergencyVisitsShortcut',
      description: 'home.myEmergencyVisitsShortcutText',
      icon: medkitOutline,
      order: 9,
    },
  },
];
