import { pulseOutline } from 'ionicons/icons';
import type { AppPage } from '../../app/page-registry';

/** The symptom check (issue 18, R17): patients only, from a home shortcut beside booking. */
export const symptomCheckPages: AppPage[] = [
  {
    path: 'symptom-check',
    roles: ['PATIENT'],
    load: () => import('./SymptomCheckPage'),
    shortcut: {
      label: 'home.symptomCheckShortcut',
      description: 'home.symptomCheckShortcutText',
      icon: pulseOutline,
      order: 29,
    },
  },
];
