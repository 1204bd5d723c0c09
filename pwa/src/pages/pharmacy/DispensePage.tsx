import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { PageLayout } from '../../app/components/PageLayout';
import { DispenseForm } from '../../features/pharmacy/components/DispenseForm';
import '../../features/emergency/emergency.css';
import '../../features/pharmacy/pharmacy.css';
import '../../features/wards/wards.css';

/** Dispensing, from the stock list or from one item's screen (`?item=…&from=…`). */
export default function DispensePage() {
  const { t } = useTranslation();
  const query = new URLSearchParams(useLocation().search);
  const item = query.get('item') ?? undefined;
  const from = query.get('from') ?? undefined;
  return (
    <PageLayout title={t('pharmacy.dispenseTitle')} backHref="/app/pharmacy">
      {/* A new item or source from the URL starts a new form (and a new operation id). */}
      <DispenseForm key={`${item ?? ''} ${from ?? ''}`} initialItemId={item} initialFrom={from} />
    </PageLayout>
  );
}
