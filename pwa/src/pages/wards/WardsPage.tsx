import { useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { useErrorText } from '../../app/use-error-text';
import { WardCensusList } from '../../features/wards/components/WardCensusList';
import { useLiveBedBoard } from '../../features/wards/use-live-bed-board';
import '../../features/wards/wards.css';
import { WardsDocument } from '../../gql/graphql';

/** The wards and their census now, live: where beds are free; a ward opens its board. */
export default function WardsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const wards = useQuery(WardsDocument);
  useLiveBedBoard(() => wards.refetch());
  return (
    <PageLayout title={t('wards.title')}>
      <h2 className="cg-section-title">{t('wards.pickWard')}</h2>
      {wards.error && (
        <Notice kind="error">{errorText.message(errorText.info(wards.error))}</Notice>
      )}
      {wards.loading && !wards.data && <IonSpinner aria-label={t('app.loading')} />}
      {wards.data?.wards.length === 0 && <p className="cg-muted">{t('wards.noWard')}</p>}
      {wards.data && <WardCensusList wards={wards.data.wards} />}
    </PageLayout>
  );
}
