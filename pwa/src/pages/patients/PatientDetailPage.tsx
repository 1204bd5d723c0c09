import { useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { createOutline, gitMergeOutline } from 'ionicons/icons';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDate } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { patientAccess, type PatientAccess } from '../../features/patients/access';
import { AllergySection } from '../../features/patients/AllergySection';
import { PATIENT_LANGUAGES } from '../../features/patients/patient-form';
import { PatientHeaderView } from '../../features/patients/PatientHeader';
import { PatientRecordDocument, type PatientRecordQuery } from '../../gql/graphql';
import '../../features/patients/patients.css';

type Patient = PatientRecordQuery['patient'];

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const { t } = useTranslation();
  return (
    <dl className="cg-dl">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>
            {value === null || value === undefined || value === '' ? t('patients.notSet') : value}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

function RecordSections({ patient, access }: { patient: Patient; access: PatientAccess }) {
  const { t, i18n } = useTranslation();
  const f = (key: string) => t(`patients.fields.${key}` as 'patients.fields.phone');
  const code = patient.preferredLanguage;
  const language = (PATIENT_LANGUAGES as readonly string[]).includes(code)
    ? t(`patients.languages.${code as (typeof PATIENT_LANGUAGES)[number]}`)
    : code;
  const address = patient.address;
  const addressText = address
    ? [
        address.line1,
        address.line2,
        [address.postalCode, address.city].filter(Boolean).join(' '),
        address.country,
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  return (
    <div className="cg-grid-2">
      <section className="cg-card" aria-labelledby="identity-title">
        <h2 id="identity-title">{t('patients.sections.identity')}</h2>
        <Facts
          rows={[
            [f('familyName'), patient.familyName],
            [f('givenNames'), patient.givenNames],
            [f('birthDate'), formatDate(patient.birthDate, i18n.language)],
            [f('sex'), t(`sex.${patient.sex}`)],
            [f('preferredLanguage'), language],
            [f('status'), t(`patients.status.${patient.status}`)],
            ...(patient.deceasedOn
              ? ([[f('deceasedOn'), formatDate(patient.deceasedOn, i18n.language)]] as [
                  string,
                  ReactNode,
                ][])
              : []),
          ]}
        />
      </section>
      {access.contact && (
        <section className="cg-card" aria-labelledby="contact-title">
          <h2 id="contact-title">{t('patients.sections.contact')}</h2>
          <Facts
            rows={[
              [f('phone'), patient.phone],
              [f('secondaryPhone'), patient.secondaryPhone],
              [f('email'), patient.email],
              [t('account.address'), addressText],
            ]}
          />
        </section>
      )}
      {access.contact && (
        <section className="cg-card" aria-labelledby="emergency-title">
          <h2 id="emergency-title">{t('patients.sections.emergency')}</h2>
          <Facts
            rows={[
              [f('emergencyName'), patient.emergencyContact?.name],
              [f('emergencyRelation'), patient.emergencyContact?.relation],
              [f('emergencyPhone'), patient.emergencyContact?.phone],
            ]}
          />
        </section>
      )}
      {access.insurance && (
        <section className="cg-card" aria-labelledby="insurance-title">
          <h2 id="insurance-title">{t('patients.sections.insurance')}</h2>
          <Facts
            rows={[
              [f('payer'), patient.insurance?.payer],
              [f('memberNumber'), patient.insurance?.memberNumber],
            ]}
          />
        </section>
      )}
      {access.clinical && (
        <section className="cg-card" aria-labelledby="measures-title">
          <h2 id="measures-title">{t('patients.sections.clinical')}</h2>
          <Facts
            rows={[
              [f('weightKg'), patient.weightKg],
              [f('heightCm'), patient.heightCm],
            ]}
          />
        </section>
      )}
      {access.register && (
        <section className="cg-card" aria-labelledby="notes-title">
          <h2 id="notes-title">{t('patients.sections.notes')}</h2>
          <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {patient.administrativeNotes ?? t('patients.notSet')}
          </p>
        </section>
      )}
    </div>
  );
}

/** One patient: header, demographics by what the role may read, allergies, and actions. */
export default function PatientDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = new URLSearchParams(location.search).has('created');
  const { user } = useSession();
  const access = patientAccess(user?.role);
  const errorText = useErrorText();
  const { data, error, loading } = useQuery(PatientRecordDocument, {
    variables: {
      id,
      clinical: access.clinical,
      contact: access.contact,
      insurance: access.insurance,
      registrar: access.register,
    },
  });
  const patient = data?.patient;

  return (
    <PageLayout title={t('patients.detailTitle')} backHref="/app/patients">
      {loading && !patient && <IonSpinner aria-label={t('app.loading')} />}
      {error && !patient && (
        <Notice kind="error">
          {errorText.info(error).code === 'NOT_FOUND'
            ? t('patients.notFound')
            : errorText.message(errorText.info(error))}
        </Notice>
      )}
      {patient && (
        <div data-testid="patient-detail" data-patient-id={patient.id}>
          {created && (
            <Notice kind="success">
              {t('patients.created', { name: patient.displayName, mrn: patient.mrn })}
            </Notice>
          )}
          <PatientHeaderView patient={patient} />
          {patient.mergedInto && (
            <div className="cg-card">
              <p>
                {t('patients.mergedInto', {
                  name: patient.mergedInto.displayName,
                  mrn: patient.mergedInto.mrn,
                })}
              </p>
              <Link to={`/app/patients/${patient.mergedInto.id}`}>
                {t('patients.openSurvivor')}
              </Link>
            </div>
          )}
          {(access.register || access.merge) && patient.status !== 'MERGED' && (
            <div className="cg-actions" style={{ marginBottom: 16 }}>
              {access.register && (
                <IonButton
                  fill="outline"
                  routerLink={`/app/patients/${patient.id}/edit`}
                  data-testid="edit-patient"
                >
                  <IonIcon slot="start" icon={createOutline} aria-hidden="true" />
                  {t('patients.edit')}
                </IonButton>
              )}
              {access.merge && (
                <IonButton
                  fill="outline"
                  color="medium"
                  routerLink={`/app/patients/${patient.id}/merge`}
                  data-testid="merge-patient"
                >
                  <IonIcon slot="start" icon={gitMergeOutline} aria-hidden="true" />
                  {t('patients.merge')}
                </IonButton>
              )}
            </div>
          )}
          {access.clinical && patient.allergyStatus && (
            <AllergySection
              patientId={patient.id}
              allergies={patient.allergies ?? []}
              status={patient.allergyStatus}
              statusRecordedAt={patient.allergyStatusRecordedAt}
              canEdit={access.recordAllergies && patient.status !== 'MERGED'}
            />
          )}
          {user && ['RECEPTIONIST', 'DOCTOR', 'NURSE'].includes(user.role) && (
            <IonButton
              fill="outline"
              routerLink={`/app/patients/${patient.id}/visits`}
              data-testid="visit-history-link"
            >
              {t('scheduling.visits.link')}
            </IonButton>
          )}
          <RecordSections patient={patient} access={access} />
        </div>
      )}
    </PageLayout>
  );
}
