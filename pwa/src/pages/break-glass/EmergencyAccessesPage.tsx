import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../app/components/PageLayout';
import { EmergencyAccessList } from '../../features/break-glass';

export default function EmergencyAccessesPage() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('breakGlass.title')}>
      <EmergencyAccessList />
    </PageLayout>
  );
}
