import { IonIcon } from '@ionic/react';
import { chevronForwardOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { WardsQuery } from '../../../gql/graphql';
import { CensusBar } from './CensusBar';

/**
 * Every ward with its census now; a ward opens its bed board. The link holds the ward's name
 * that starts its accessible name (the census in words), and stretches over the card.
 */
export function WardCensusList({ wards }: { wards: WardsQuery['wards'] }) {
  const { t } = useTranslation();
  return (
    <ul className="cg-ward-list" data-testid="ward-list">
      {wards.map((w) => (
        <li
          key={w.id}
          className="cg-ward-card"
          data-testid="ward-card"
          data-ward-id={w.id}
          data-ward-name={w.name}
        >
          <Link
            to={`/app/beds/${w.id}`}
            className="cg-ward-link"
            aria-label={t('wards.censusSummary', {
              name: w.name,
              free: w.free,
              occupied: w.occupied,
              beds: w.beds,
              reserved: w.reserved,
              toClean: w.toClean,
              outOfService: w.outOfService,
            })}
          >
            {w.name}
          </Link>
          <span className="cg-muted" aria-hidden="true">
            {w.floor} · {t('wards.bedsTotal', { count: w.beds })}
          </span>
          <div aria-hidden="true">
            <CensusBar
              counts={{
                FREE: w.free,
                OCCUPIED: w.occupied,
                RESERVED: w.reserved,
                TO_CLEAN: w.toClean,
                OUT_OF_SERVICE: w.outOfService,
              }}
            />
          </div>
          <IonIcon className="cg-ward-card-go" icon={chevronForwardOutline} aria-hidden="true" />
        </li>
      ))}
    </ul>
  );
}
