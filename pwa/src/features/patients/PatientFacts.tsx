import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Facts, type Fact } from '../../app/components/Facts';
import type { PatientRecordQuery } from '../../gql/graphql';
import { PATIENT_LANGUAGES } from './patient-form';

type Patient = PatientRecordQuery['patient'];

/** A patient's facts; what is not recorded reads "not set". */
export function PatientFacts({ rows }: { rows: readonly Fact[] }) {
  const { t } = useTranslation();
  return <Facts rows={rows} empty={t('patients.notSet')} />;
}

/** The label of a form field of the registry (`patients.fields.*`). */
export function usePatientFieldLabel() {
  const { t } = useTranslation();
  return (key: string) => t(`patients.fields.${key}` as 'patients.fields.phone');
}

/** "12 rue des Lilas, 75011 Paris, FR": the parts that are set, in postal order. */
export function formatAddress(address: Patient['address']): string {
  if (!address) return '';
  return [
    address.line1,
    address.line2,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.country,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The patient's preferred language by name when the registry offers it, else its code. */
export function patientLanguage(code: string, t: TFunction): string {
  return (PATIENT_LANGUAGES as readonly string[]).includes(code)
    ? t(`patients.languages.${code as (typeof PATIENT_LANGUAGES)[number]}`)
    : code;
}

/** How to reach the patient: phones, email, postal address, then `more` rows. */
export function ContactFacts({
  patient,
  more = [],
}: {
  patient: Pick<Patient, 'phone' | 'secondaryPhone' | 'email' | 'address'>;
  more?: readonly Fact[];
}) {
  const { t } = useTranslation();
  const f = usePatientFieldLabel();
  return (
    <PatientFacts
      rows={[
        [f('phone'), patient.phone],
        [f('secondaryPhone'), patient.secondaryPhone],
        [f('email'), patient.email],
        [t('account.address'), formatAddress(patient.address)],
        ...more,
      ]}
    />
  );
}

/** Whom to call: the emergency contact's name, relation and phone. */
export function EmergencyContactFacts({ contact }: { contact: Patient['emergencyContact'] }) {
  const f = usePatientFieldLabel();
  return (
    <PatientFacts
      rows={[
        [f('emergencyName'), contact?.name],
        [f('emergencyRelation'), contact?.relation],
        [f('emergencyPhone'), contact?.phone],
      ]}
    />
  );
}

/** Who pays: the insurer and the member number. */
export function InsuranceFacts({ insurance }: { insurance: Patient['insurance'] }) {
  const f = usePatientFieldLabel();
  return (
    <PatientFacts
      rows={[
        [f('payer'), insurance?.payer],
        [f('memberNumber'), insurance?.memberNumber],
      ]}
    />
  );
}
