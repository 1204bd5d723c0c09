import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../app/components/PageLayout';
import { SymptomCheck } from '../../features/symptom-check/components/SymptomCheck';
import { SYMPTOM_RULES } from '../../features/symptom-check/symptom-rules';

/**
 * R17: a patient's symptom check — a short guided questionnaire that stops at the first red flag
 * (call 15 or 112), or recommends a specialty and how soon, and opens booking on it. The rules
 * ship in this page's chunk, so the questionnaire runs offline once the app is installed.
 */
export default function SymptomCheckPage() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('symptomCheck.title')} backHref="/app/home">
      <SymptomCheck rules={SYMPTOM_RULES} />
    </PageLayout>
  );
}
