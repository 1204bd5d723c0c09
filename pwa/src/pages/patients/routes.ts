import { idCardOutline, personAddOutline, searchOutline } from 'ionicons/icons';
import type { AppPage } from '../../app/page-registry';
import { PATIENT_REGISTRAR_ROLES, PATIENT_SEARCH_ROLES } from '../../features/patients/access';

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
    roles: PATIENT_SEARCH_ROLES.filter((r) => r !== 'ADMIN'),
    load: loadSearch,
    tab: { label: 'nav.patients', icon: searchOutline, order: 5 },
    shortcut: searchShortcut,
  },
  // The administrator's tab bar is already full (users, audit): search from the home page.
  { path: 'patients', roles: ['ADMIN'], load: loadSearch, shortcut: searchShortcut },
  {
    path: 'patients/new',
    roles: PATIENT_REGISTRAR_ROLES,
    load: () => import('./RegisterPatientPage'),
    shortcut: {
      label: 'home.registerShortcut',
      description: 'home.registerShortcutText',
      icon: personAddOutline,
      order: 6,
    },
  },
  { path: 'patients/:id', roles: PATIENT_SEARCH_ROLES, load: () => import('./PatientDetailPage') },
  {
    path: 'patients/:id/edit',
    roles: PATIENT_REGISTRAR_ROLES,
    load: () => import('./EditPatientPage'),
  },
  { path: 'patients/:id/merge', roles: ['ADMIN'], load: () => import('./MergePatientPage') },
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
