import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../app/components/PageLayout';
import { useSession } from '../../app/session/SessionContext';
import { DashboardView } from '../../features/reports/components/DashboardView';
import '../../features/reports/reports.css';

/** The manager's and administrator's dashboard; a doctor's own activity. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const allFigures = user?.capabilities.includes('READ_ALL_FIGURES') ?? false;
  return (
    <PageLayout title={t(allFigures ? 'reports.title' : 'reports.myActivityTitle')} wide>
      <DashboardView allFigures={allFigures} today={new Date()} />
    </PageLayout>
  );
}
