import { useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { formatDate } from '../../app/format';
import { useReadingOffline } from '../../app/offline-source';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import {
  PatientHeaderDocument,
  type AllergyStatus,
  type BloodGroup,
  type PatientStatus,
  type Sex,
} from '../../gql/graphql';
import { patientAccess } from './access';
import { AllergyBanner, type BannerAllergy } from './AllergyBanner';
import './patients.css';

/** What the header shows; clinical parts are absent for roles that may not read them. */
export interface PatientHeaderData {
  id: string;
  mrn: string;
  displayName: string;
  birthDate: string;
  age: number;
  sex: Sex;
  status: PatientStatus;
  bloodGroup?: BloodGroup | null;
  allergyStatus?: AllergyStatus;
  allergies?: readonly BannerAllergy[];
}

/** "A_POS" as "A+". */
export function bloodGroupLabel(group: BloodGroup): string {
  const [letters = '', sign] = group.split('_');
  return `${letters}${sign === 'POS' ? '+' : '−'}`;
}

/**
 * The patient at a glance, for the top of every patient screen: name (family name in capitals,
 * R7), MRN, age, sex, blood group and the allergy banner. Pure: give it the data.
 */
export function PatientHeaderView({
  patient,
  offline = false,
}: {
  patient: PatientHeaderData;
  /** Read from the offline shift pack, which holds no blood group: say so, not "unknown". */
  offline?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const showClinical = patient.allergyStatus !== undefined;
  return (
    <section
      className="cg-patient-header"
      aria-label={patient.displayName}
      data-testid="patient-header"
    >
      <h2>{patient.displayName}</h2>
      <ul className="cg-patient-facts">
        <li>
          {t('patients.mrn')} <strong className="cg-mrn">{patient.mrn}</strong>
        </li>
        <li>
          <strong>{t('patients.age', { count: patient.age })}</strong>,{' '}
          {t('patients.born', { date: formatDate(patient.birthDate, i18n.language) })}
        </li>
        <li>{t(`sex.${patient.sex}`)}</li>
        {showClinical && (
          <li>
            {t('patients.bloodGroup')}{' '}
            <strong>
              {patient.bloodGroup
                ? bloodGroupLabel(patient.bloodGroup)
                : offline
                  ? t('offline.notAvailable')
                  : t('patients.unknownBloodGroup')}
            </strong>
          </li>
        )}
        {patient.status !== 'ACTIVE' && (
          <li>
            <span className="cg-badge cg-badge-danger">
              {t(`patients.status.${patient.status}`)}
            </span>
          </li>
        )}
      </ul>
      {patient.allergyStatus && (
        <AllergyBanner status={patient.allergyStatus} allergies={patient.allergies ?? []} />
      )}
    </section>
  );
}

/**
 * The header of one patient, fetched by id with exactly the fields the signed-in role may read
 * (a cashier gets no blood group nor allergies). Reuse it at the top of any patient screen:
 * `<PatientHeader patientId={id} />`.
 */
export function PatientHeader({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const errorText = useErrorText();
  const access = patientAccess(user);
  const offline = useReadingOffline() !== null;
  const { data, error, loading } = useQuery(PatientHeaderDocument, {
    variables: { id: patientId, clinical: access.clinical },
  });
  if (data) return <PatientHeaderView patient={data.patient} offline={offline} />;
  if (loading) return <IonSpinner aria-label={t('app.loading')} />;
  if (error) {
    const info = errorText.info(error);
    return (
      <Notice kind="error">
        {info.code === 'NOT_FOUND' ? t('patients.notFound') : errorText.message(info)}
      </Notice>
    );
  }
  return null;
}
