import { IonIcon } from '@ionic/react';
import {
  alertCircleOutline,
  banOutline,
  checkmarkCircleOutline,
  timeOutline,
} from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import type { LotState } from '../stock-list';

const ICON: Record<LotState, string> = {
  USABLE: checkmarkCircleOutline,
  EXPIRING: timeOutline,
  EXPIRED: alertCircleOutline,
  RECALLED: banOutline,
};

/** A lot's state in words with its icon: colour is never the only sign. */
export function LotStateChip({ state, days }: { state: LotState; days: number }) {
  const { t } = useTranslation();
  const text =
    state === 'EXPIRING' && days === 0
      ? t('pharmacy.expiringToday')
      : t(`pharmacy.lotState.${state}`, { count: days });
  return (
    <span
      className={`cg-ph-chip cg-ph-chip-${state.toLowerCase()}`}
      data-testid="lot-state"
      data-state={state}
    >
      <IonIcon icon={ICON[state]} aria-hidden="true" />
      {text}
    </span>
  );
}

/** "Below reorder level", with a warning icon. */
export function BelowReorderChip() {
  const { t } = useTranslation();
  return (
    <span className="cg-ph-chip cg-ph-chip-below" data-testid="below-reorder">
      <IonIcon icon={alertCircleOutline} aria-hidden="true" />
      {t('pharmacy.belowReorder')}
    </span>
  );
}
