import { documentTextOutline, flaskOutline, folderOpenOutline } from 'ionicons/icons';
import type { AppPage } from '../../app/page-registry';

const CLINICIANS = ['DOCTOR', 'NURSE'] as const;
const DOCTOR = ['DOCTOR'] as const;

/** The clinical record: charts (doctors, nurses), the lab worklist, the patient's own record. */
export const recordsPages: AppPage[] = [
  {
    path: 'charts',
    roles: CLINICIANS,
    load: () => import('./ChartsPage'),
    tab: { label: 'nav.charts', icon: folderOpenOutline, order: 6 },
    shortcut: {
      label: 'home.chartsShortcut',
      description: 'home.chartsShortcutText',
      icon: folderOpenOutline,
      order: 4,
    },
  },
  { path: 'patients/:id/chart', roles: CLINICIANS, load: () => import('./ChartPage') },
  // Where the API's lab notifications point: the chart, on its Labs section.
  { path: 'patients/:id/labs', roles: CLINICIANS, load: () => import('./ChartLabsPage') },
  { path: 'patients/:id/chart/vitals', roles: CLINICIANS, load: () => import('./VitalsFormPage') },
  { path: 'patients/:id/chart/care-note', roles: CLINICIANS, load: () => import('./CareNotePage') },
  // A visit's full note; the API refuses SOAP fields to patients, so clinicians only.
  {
    path: 'patients/:id/chart/visits/:encounterId',
    roles: CLINICIANS,
    load: () => import('./EncounterPage'),
  },
  { path: 'patients/:id/chart/note', roles: DOCTOR, load: () => import('./NotePage') },
  { path: 'patients/:id/chart/diagnosis', roles: DOCTOR, load: () => import('./DiagnosisPage') },
  { path: 'patients/:id/chart/prescribe', roles: DOCTOR, load: () => import('./PrescribePage') },
  { path: 'patients/:id/chart/order-labs', roles: DOCTOR, load: () => import('./OrderLabsPage') },
  {
    path: 'lab',
    roles: ['LAB_TECHNICIAN'],
    load: () => import('./LabWorklistPage'),
    tab: { label: 'nav.lab', icon: flaskOutline, order: 5 },
    shortcut: {
      label: 'home.labShortcut',
      description: 'home.labShortcutText',
      icon: flaskOutline,
      order: 5,
    },
  },
  { path: 'lab/orders/:id', roles: ['LAB_TECHNICIAN'], load: () => import('./LabResultPage') },
  {
    path: 'my-record',
    roles: ['PATIENT'],
    load: () => import('./MyRecordPage'),
    tab: { label: 'nav.myRecord', icon: documentTextOutline, order: 6 },
    shortcut: {
      label: 'home.myRecordShortcut',
      description: 'home.myRecordShortcutText',
      icon: documentTextOutline,
      order: 6,
    },
  },
];
