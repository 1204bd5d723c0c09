import { IonIcon } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import type { BedStatus } from '../../../gql/graphql';
import { BED_STATUSES, statusIcon } from '../bed-board';

/** How many beds of each status, each with its icon and words. */
export function CensusBar({
  counts,
  testId,
}: {
  counts: Record<BedStatus, number>;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="cg-census" data-testid={testId}>
      {BED_STATUSES.map((s) => (
        <li key={s} className={`cg-census-item cg-census-${s}`} data-status={s}>
          <IonIcon icon={statusIcon(s)} aria-hidden="true" />
          <span>{t(`wards.censusLabel.${s}`)}</span>
          <strong>{counts[s]}</strong>
        </li>
      ))}
    </ul>
  );
}
