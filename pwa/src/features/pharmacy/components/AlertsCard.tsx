import { useQuery } from '@apollo/client/react';
import { IonIcon } from '@ionic/react';
import { chevronForward } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StockAlertsDocument } from '../../../gql/graphql';
import { ALERT_KINDS, countAlerts } from '../alerts';
import { ALERT_ICON } from './AlertChip';

/**
 * The pharmacy home's alerts: how many of each kind, each count opening the alerts of that kind
 * (where the STOCK_ALERTS notification leads the pharmacist).
 */
export function AlertsCard() {
  const { t } = useTranslation();
  const { data, error } = useQuery(StockAlertsDocument, {
    variables: {},
    fetchPolicy: 'cache-and-network',
  });
  const counts = countAlerts(data?.stockAlerts ?? []);
  return (
    <section className="cg-card cg-ph-alerts-card" aria-labelledby="ph-alerts-card">
      <h2 id="ph-alerts-card">{t('pharmacy.alertsCard')}</h2>
      {!error && (
        <ul className="cg-ph-alert-counts" data-testid="alert-counts">
          {ALERT_KINDS.map((kind) => (
            <li key={kind}>
              <Link
                to={`/app/pharmacy/alerts?kind=${kind}`}
                className={`cg-ph-alert-count${counts[kind] > 0 ? ' cg-ph-alert-count-some' : ''}`}
                data-testid="alert-count"
                data-kind={kind}
                data-count={data ? counts[kind] : undefined}
              >
                <IonIcon icon={ALERT_ICON[kind]} aria-hidden="true" />
                <span>
                  {t('pharmacy.alertKindCount', {
                    label: t(`pharmacy.alertKinds.${kind}`),
                    count: data ? counts[kind] : '…',
                  })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link to="/app/pharmacy/alerts" className="cg-ph-link" data-testid="open-alerts">
        {t('pharmacy.alertsOpen')}
        <IonIcon icon={chevronForward} aria-hidden="true" />
      </Link>
    </section>
  );
}
