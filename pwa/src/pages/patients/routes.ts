import { idCardOutline, personAddOutline, searchOutline } from 'ionicons/icons';
import { STAFF_ROLES, type AppPage } from '../../app/page-registry';

const searchShortcut = {
  label: 'home.patientsShortcut',
  description: 'home.patientsShortcutText',
  icon: searchOutline,
  order: 5,
} as const;
const loadSearch = () => import('./PatientSearchPage');

export const patientPages: AppPage[] = [
  {
    path: 'patients',
    roles: STAFF_ROLES.filter((r) => r !== 'ADMIN'),
    requires: 'SEARCH_PATIENTS',
    load: loadSearch,
    tab: { label: 'nav.patients', icon: searchOutline, order: 5 },
    shortcut: searchShortcut,
  },
  // The administrator's tab bar is already full (users, audit): search from the home page.
  {
    path: 'patients',
    roles: ['ADMIN'],
    requires: 'SEARCH_PATIENTS',
    load: loadSearch,
    shortcut: searchShortcut,
  },
  {
    path: 'patients/new',
    roles: STAFF_ROLES,
    requires: 'REGISTER_PATIENTS',
    load: () => import('./RegisterPatientPage'),
    shortcut: {
      label: 'home.registerShortcut',
      description: 'home.registerShortcutText',
      icon: personAddOutline,
      order: 6,
    },
  },
  {
    path: 'patients/:id',
    roles: STAFF_ROLES,
    requires: 'SEARCH_PATIENTS',
    load: () => import('./PatientDetailPage'),
  },
  {
    path: 'patients/:id/edit',
    roles: STAFF_ROLES,
    requires: 'EDIT_PATIENTS',
    load: () => import('./EditPatientPage'),
  },
  {
    path: 'patients/:id/merge',
    roles: STAFF_ROLES,
    requires: 'MERGE_PATIENTS',
    load: () => import('./MergePatientPage'),
  },
  {
    path: 'my-profile',
    roles: ['PATIENT'],
    load: () => import('./MyProfilePage'),
    // No tab: the patient's bar already holds their record and appointments; home links here.
    shortcut: {
      label: 'home.myProfileShortcut',
      description: 'home.myProfileShortcutText',
      icon: idCardOutline,
      order: 5,
    },
  },
];
