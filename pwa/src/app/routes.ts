import { accountPages } from '../pages/account/routes';
import { adminPages } from '../pages/admin/routes';
import { homePages } from '../pages/home/routes';
import { schedulingPages } from '../pages/scheduling/routes';
import { patientPages } from '../pages/patients/routes';
import { recordsPages } from '../pages/records/routes';
import type { AppPage } from './page-registry';

/** Every page of the signed-in app, by domain. A new domain adds one line here. */
export const APP_PAGES: readonly AppPage[] = [
  ...homePages,
  ...accountPages,
  ...adminPages,
  ...schedulingPages,
  ...patientPages,
  ...recordsPages,
];
