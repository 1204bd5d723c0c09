import {
  addCircleOutline,
  calendarClearOutline,
  calendarOutline,
  gridOutline,
  idCardOutline,
  medkitOutline,
  peopleOutline,
  timeOutline,
} from 'ionicons/icons';
import { ALL_ROLES, type AppPage } from '../../app/page-registry';

/** Scheduling (issue 5): booking, own appointments, day board, agenda, availability, bell list. */
export const schedulingPages: AppPage[] = [
  {
    // Reached from the account page: staff other than doctors keep their working hours (R18).
    path: 'account/hours',
    roles: ['NURSE', 'RECEPTIONIST', 'LAB_TECHNICIAN', 'PHARMACIST', 'CASHIER', 'MANAGER', 'ADMIN'],
    requires: 'KEEP_WORKING_HOURS',
    load: () => import('./MyWorkingHoursPage'),
  },
  {
    // R18: the managers keep everyone's hours (administrators may too, from the same pages).
    path: 'staff-hours',
    roles: ['MANAGER', 'ADMIN'],
    requires: 'MANAGE_STAFF_HOURS',
    load: () => import('./StaffHoursPage'),
    shortcut: {
      label: 'home.staffHoursShortcut',
      description: 'home.staffHoursShortcutText',
      icon: peopleOutline,
      order: 34,
    },
  },
  {
    path: 'staff-hours/:userId',
    roles: ['MANAGER', 'ADMIN'],
    requires: 'MANAGE_STAFF_HOURS',
    load: () => import('./StaffHoursDetailPage'),
  },
  {
    path: 'book',
    roles: ['PATIENT'],
    load: () => import('./BookPage'),
    shortcut: {
      label: 'home.bookShortcut',
      description: 'home.bookShortcutText',
      icon: addCircleOutline,
      order: 30,
    },
  },
  {
    path: 'appointments',
    roles: ['PATIENT'],
    load: () => import('./MyAppointmentsPage'),
    tab: { label: 'nav.myAppointments', icon: calendarOutline, order: 31 },
    shortcut: {
      label: 'home.myAppointmentsShortcut',
      description: 'home.myAppointmentsShortcutText',
      icon: calendarOutline,
      order: 31,
    },
  },
  {
    path: 'reception',
    roles: ['RECEPTIONIST', 'NURSE', 'ADMIN'],
    load: () => import('./DayBoardPage'),
    tab: { label: 'nav.dayBoard', icon: gridOutline, order: 30 },
    shortcut: {
      label: 'home.dayBoardShortcut',
      description: 'home.dayBoardShortcutText',
      icon: gridOutline,
      order: 30,
    },
  },
  {
    path: 'agenda',
    roles: ['DOCTOR'],
    load: () => import('./AgendaPage'),
    tab: { label: 'nav.agenda', icon: calendarClearOutline, order: 30 },
    shortcut: {
      label: 'home.agendaShortcut',
      description: 'home.agendaShortcutText',
      icon: calendarClearOutline,
      order: 30,
    },
  },
  {
    path: 'availability',
    roles: ['DOCTOR', 'RECEPTIONIST', 'ADMIN'],
    load: () => import('./AvailabilityPage'),
    shortcut: {
      label: 'home.availabilityShortcut',
      description: 'home.availabilityShortcutText',
      icon: timeOutline,
      order: 32,
    },
  },
  {
    path: 'practitioner-profiles',
    roles: ['ADMIN'],
    load: () => import('./PractitionerProfilesPage'),
    shortcut: {
      label: 'home.practitionerProfilesShortcut',
      description: 'home.practitionerProfilesShortcutText',
      icon: medkitOutline,
      order: 33,
    },
  },
  {
    path: 'my-practitioner-profile',
    roles: ['DOCTOR'],
    load: () => import('./MyPractitionerProfilePage'),
    shortcut: {
      label: 'home.myPractitionerProfileShortcut',
      description: 'home.myPractitionerProfileShortcutText',
      icon: idCardOutline,
      order: 33,
    },
  },
  { path: 'visit-history', roles: ['PATIENT'], load: () => import('./VisitHistoryPage') },
  {
    path: 'patients/:id/visits',
    roles: ['RECEPTIONIST', 'DOCTOR', 'NURSE'],
    load: () => import('./VisitHistoryPage'),
  },
  { path: 'notifications', roles: ALL_ROLES, load: () => import('./NotificationsPage') },
];
