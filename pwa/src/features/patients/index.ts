/** The patient registry's reusable parts, for every screen that shows a patient. */
export { patientAccess, type PatientAccess } from './access';
export { AllergyBanner, type BannerAllergy } from './AllergyBanner';
export {
  bloodGroupLabel,
  PatientHeader,
  PatientHeaderView,
  type PatientHeaderData,
} from './PatientHeader';
