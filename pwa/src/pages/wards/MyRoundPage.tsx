import { useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { useErrorText } from '../../app/use-error-text';
import { OfflineShiftCard } from '../../features/offline';
import { InpatientList } from '../../features/wards/components/InpatientList';
import { useLiveBedBoard } from '../../features/wards/use-live-bed-board';
import '../../features/wards/wards.css';
import { MyRoundDocument } from '../../gql/graphql';

/** A doctor's round: the inpatients they attend or sit on the care team of, sickest first. */
export default function MyRoundPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = useQuery(MyRoundDocument);
  useLiveBedBoard(() => list.refetch());
  const rows = list.data?.myRound;
  return (
    <PageLayout title={t('wards.inpatients.myRoundTitle')}>
      <OfflineShiftCard />
      {list.error && <Notice kind="error">{errorText.message(errorText.info(list.error))}</Notice>}
      {list.loading && !rows && <IonSpinner aria-label={t('app.loading')} />}
      {rows && rows.length > 0 && (
        <p className="cg-inpatients-meta">
          <strong>{t('wards.inpatients.count', { count: rows.length })}</strong>
          <span>{t('wards.inpatients.sickestFirst')}</span>
        </p>
      )}
      {rows?.length === 0 && (
        <p className="cg-card cg-empty" data-testid="my-round-empty">
          {t('wards.inpatients.roundEmpty')}
        </p>
      )}
      {rows && rows.length > 0 && <InpatientList rows={rows} testId="my-round" />}
    </PageLayout>
  );
}
