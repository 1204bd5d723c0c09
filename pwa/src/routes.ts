import type { AppPage } from './app/page-registry';
import { accountPages } from './pages/account/routes';
import { adminPages } from './pages/admin/routes';
import { billingPages } from './pages/billing/routes';
import { breakGlassPages } from './pages/break-glass/routes';
import { emergencyPages } from './pages/emergency/routes';
import { homePages } from './pages/home/routes';
import { patientPages } from './pages/patients/routes';
import { pharmacyPages } from './pages/pharmacy/routes';
import { recordsPages } from './pages/records/routes';
import { reportsPages } from './pages/reports/routes';
import { schedulingPages } from './pages/scheduling/routes';
import { symptomCheckPages } from './pages/symptom-check/routes';
import { wardsPages } from './pages/wards/routes';

/**
 * Every page of the signed-in app, by domain. A new domain adds one line here. Part of the
 * composition root with `main.tsx`: app/ never imports this file, `main.tsx` hands it to the app
 * shell after sign-in, so that its icons and page loaders stay out of the login screen's bundle.
 */
export const APP_PAGES: readonly AppPage[] = [
  ...homePages,
  ...reportsPages,
  ...accountPages,
  ...adminPages,
  ...breakGlassPages,
  ...schedulingPages,
  ...patientPages,
  ...recordsPages,
  ...wardsPages,
  ...emergencyPages,
  ...pharmacyPages,
  ...billingPages,
  ...symptomCheckPages,
];
