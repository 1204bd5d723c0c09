import { accountEn } from '../features/account/i18n/en';
import { auditEn } from '../features/audit/i18n/en';
import { breakGlassEn } from '../features/break-glass/i18n/en';
import { patientRightsEn } from '../features/patient-rights/i18n/en';
import { emergencyEn } from '../features/emergency/i18n/en';
import { homeEn } from '../features/home/i18n/en';
import { mailEn } from '../features/mail/i18n/en';
import { notificationsEn } from '../features/notifications/i18n/en';
import { offlineEn } from '../features/offline/i18n/en';
import { pharmacyEn } from '../features/pharmacy/i18n/en';
import { billingEn } from '../features/billing/i18n/en';
import { reportsEn } from '../features/reports/i18n/en';
import { patientsEn } from '../features/patients/i18n/en';
import { recordsEn } from '../features/records/i18n/en';
import { schedulingEn } from '../features/scheduling/i18n/en';
import { symptomCheckEn } from '../features/symptom-check/i18n/en';
import { usersEn } from '../features/users/i18n/en';
import { wardsEn } from '../features/wards/i18n/en';
import { mergeStrings } from './strings';

/**
 * English strings of the signed-in app, loaded after sign-in (see `loadAppStrings`). Each domain
 * keeps its own beside its feature (`features/<domain>/i18n/`); a new domain adds one line here.
 */
export const appEn = mergeStrings(
  homeEn,
  accountEn,
  usersEn,
  auditEn,
  breakGlassEn,
  patientRightsEn,
  patientsEn,
  schedulingEn,
  notificationsEn,
  recordsEn,
  wardsEn,
  offlineEn,
  emergencyEn,
  pharmacyEn,
  billingEn,
  reportsEn,
  symptomCheckEn,
  mailEn,
);
