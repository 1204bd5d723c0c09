import { IonIcon } from '@ionic/react';
import { alertCircleOutline, timeOutline, trendingDownOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import type { StockAlertKind } from '../../../gql/graphql';

export const ALERT_ICON: Record<StockAlertKind, string> = {
  EXPIRED_ON_HAND: alertCircleOutline,
  EXPIRING: timeOutline,
  BELOW_REORDER_LEVEL: trendingDownOutline,
};

const CHIP_CLASS: Record<StockAlertKind, string> = {
  EXPIRED_ON_HAND: 'cg-ph-chip-expired',
  EXPIRING: 'cg-ph-chip-expiring',
  BELOW_REORDER_LEVEL: 'cg-ph-chip-below',
};

/** An alert's kind in words with its icon: colour is never the only sign. */
export function AlertChip({ kind }: { kind: StockAlertKind }) {
  const { t } = useTranslation();
  return (
    <span className={`cg-ph-chip ${CHIP_CLASS[kind]}`} data-testid="alert-kind" data-kind={kind}>
      <IonIcon icon={ALERT_ICON[kind]} aria-hidden="true" />
      {t(`pharmacy.alertKinds.${kind}`)}
    </span>
  );
}
