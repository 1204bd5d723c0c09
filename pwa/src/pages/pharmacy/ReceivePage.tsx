import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../app/components/PageLayout';
import { ReceiveForm } from '../../features/pharmacy/components/ReceiveForm';
import '../../features/pharmacy/pharmacy.css';
import '../../features/wards/wards.css';

/** The pharmacy's goods-in desk: one delivery from a supplier, line by line. */
export default function ReceivePage() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('pharmacy.receiveTitle')} backHref="/app/pharmacy">
      <ReceiveForm />
    </PageLayout>
  );
}
