import { useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { wardsAccess } from '../../features/wards/access';
import { AdmissionCard } from '../../features/wards/components/AdmissionCard';
import { newestFirst } from '../../features/wards/stays';
import '../../features/wards/wards.css';
import { PatientAdmissionsDocument } from '../../gql/graphql';

/**
 * A patient's hospital stays ("Séjours"), newest first: reached from the bed sheet of the
 * patient's bed. Each stay lists its beds and transfers; a doctor writes the discharge summary.
 * The reason and the summary are clinical: the API gives them to the care team only, so the page
 * asks for them only with READ_BED_CLINICAL (the admissions office sees the rest).
 */
export default function PatientStaysPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useSession();
  const access = wardsAccess(user);
  const errorText = useErrorText();
  const query = useQuery(PatientAdmissionsDocument, {
    variables: { patientId: id, clinical: access.clinical },
  });
  const patient = query.data?.patient;
  const list = query.data ? newestFirst(query.data.admissions) : null;

  return (
    <PageLayout
      title={
        patient ? t('wards.stays.titleOf', { name: patient.displayName }) : t('wards.stays.title')
      }
      backHref="/app/beds"
    >
      <div className="cg-container" data-testid="patient-stays">
        {query.error && (
          <Notice kind="error">{errorText.message(errorText.info(query.error))}</Notice>
        )}
        {query.loading && !list && <IonSpinner aria-label={t('app.loading')} />}
        {patient && (
          <p className="cg-inpatients-meta">
            <strong>{patient.mrn}</strong>
            {list && list.length > 0 && (
              <span>{t('wards.stays.count', { count: list.length })}</span>
            )}
          </p>
        )}
        {list?.length === 0 && (
          <p className="cg-card cg-empty" data-testid="stays-empty">
            {t('wards.stays.none')}
          </p>
        )}
        {list?.map((a) => (
          <AdmissionCard
            key={a.id}
            admission={a}
            clinical={access.clinical}
            canWriteSummary={access.dischargeSummary}
          />
        ))}
      </div>
    </PageLayout>
  );
}
