import { accountFr } from '../features/account/i18n/fr';
import { auditFr } from '../features/audit/i18n/fr';
import { breakGlassFr } from '../features/break-glass/i18n/fr';
import { patientRightsFr } from '../features/patient-rights/i18n/fr';
import { emergencyFr } from '../features/emergency/i18n/fr';
import { homeFr } from '../features/home/i18n/fr';
import { mailFr } from '../features/mail/i18n/fr';
import { notificationsFr } from '../features/notifications/i18n/fr';
import { offlineFr } from '../features/offline/i18n/fr';
import { pharmacyFr } from '../features/pharmacy/i18n/fr';
import { billingFr } from '../features/billing/i18n/fr';
import { reportsFr } from '../features/reports/i18n/fr';
import { patientsFr } from '../features/patients/i18n/fr';
import { recordsFr } from '../features/records/i18n/fr';
import { schedulingFr } from '../features/scheduling/i18n/fr';
import { symptomCheckFr } from '../features/symptom-check/i18n/fr';
import { usersFr } from '../features/users/i18n/fr';
import { wardsFr } from '../features/wards/i18n/fr';
import type { AppMessages } from './en';
import { mergeStrings } from './strings';

/** Chaînes françaises de l’application connectée : mêmes clés que `app.en.ts`. */
export const appFr: AppMessages = mergeStrings(
  homeFr,
  accountFr,
  usersFr,
  auditFr,
  breakGlassFr,
  patientRightsFr,
  patientsFr,
  schedulingFr,
  notificationsFr,
  recordsFr,
  wardsFr,
  offlineFr,
  emergencyFr,
  pharmacyFr,
  billingFr,
  reportsFr,
  symptomCheckFr,
  mailFr,
);
