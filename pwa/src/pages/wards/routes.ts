import {
  bedOutline,
  businessOutline,
  clipboardOutline,
  peopleCircleOutline,
  walkOutline,
} from 'ionicons/icons';
import { STAFF_ROLES, type AppPage } from '../../app/page-registry';

const bedsShortcut = {
  label: 'home.bedsShortcut',
  description: 'home.bedsShortcutText',
  icon: bedOutline,
  order: 7,
} as const;
const loadWards = () => import('./WardsPage');

/**
 * Wards: the bed boards, a nurse's patients, a doctor's round, nurse assignments and the wards'
 * structure. Each page shows exactly when the API grants its capability. Clinicians' tab bars
 * are full (five tabs fill a 390 px phone, a sixth pushes the bar off the screen), so their way
 * to the boards, their patients and their round is the home page, first among its shortcuts;
 * the others get a tab for the boards.
 */
export const wardsPages: AppPage[] = [
  {
    path: 'beds',
    roles: ['RECEPTIONIST', 'MANAGER', 'CASHIER'],
    requires: 'READ_BED_BOARD',
    load: loadWards,
    tab: { label: 'nav.beds', icon: bedOutline, order: 7 },
    shortcut: bedsShortcut,
  },
  {
    path: 'beds',
    roles: STAFF_ROLES.filter((r) => !['RECEPTIONIST', 'MANAGER', 'CASHIER'].includes(r)),
    requires: 'READ_BED_BOARD',
    load: loadWards,
    shortcut: bedsShortcut,
  },
  {
    path: 'beds/:wardId',
    roles: STAFF_ROLES,
    requires: 'READ_BED_BOARD',
    load: () => import('./BedBoardPage'),
  },
  // A patient's stays: from the bed sheet of an occupied bed.
  {
    path: 'patients/:id/stays',
    roles: STAFF_ROLES,
    requires: 'READ_BED_BOARD',
    load: () => import('./PatientStaysPage'),
  },
  {
    path: 'my-patients',
    roles: STAFF_ROLES,
    requires: 'READ_MY_PATIENTS',
    load: () => import('./MyPatientsPage'),
    shortcut: {
      label: 'home.myPatientsShortcut',
      description: 'home.myPatientsShortcutText',
      icon: walkOutline,
      order: 3,
    },
  },
  {
    path: 'my-round',
    roles: STAFF_ROLES,
    requires: 'READ_MY_ROUND',
    load: () => import('./MyRoundPage'),
    shortcut: {
      label: 'home.myRoundShortcut',
      description: 'home.myRoundShortcutText',
      icon: clipboardOutline,
      order: 3,
    },
  },
  {
    path: 'nurse-assignments',
    roles: STAFF_ROLES,
    requires: 'ASSIGN_NURSES',
    load: () => import('./NurseAssignmentsPage'),
    shortcut: {
      label: 'home.nurseAssignmentsShortcut',
      description: 'home.nurseAssignmentsShortcutText',
      icon: peopleCircleOutline,
      order: 8,
    },
  },
  {
    path: 'ward-structure',
    roles: STAFF_ROLES,
    requires: 'MAINTAIN_WARDS',
    load: () => import('./WardStructurePage'),
    shortcut: {
      label: 'home.wardStructureShortcut',
      description: 'home.wardStructureShortcutText',
      icon: businessOutline,
      order: 9,
    },
  },
];
