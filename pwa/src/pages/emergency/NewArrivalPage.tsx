import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageLayout } from '../../app/components/PageLayout';
import { ArrivalForm } from '../../features/emergency/components/ArrivalForm';
import '../../features/emergency/emergency.css';
import '../../features/records/records.css';
import '../../features/wards/wards.css';

/** The triage desk: registers an arrival, then opens its case for triage. */
export default function NewArrivalPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <PageLayout title={t('emergency.arrival.title')} backHref="/app/emergency">
      <ArrivalForm
        onDone={(caseId) => {
          navigate(`/app/emergency/${caseId}?arrived=1`, { replace: true });
        }}
      />
    </PageLayout>
  );
}
