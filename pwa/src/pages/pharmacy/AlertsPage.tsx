import { useQuery } from '@apollo/client/react';
import { IonIcon, IonSpinner } from '@ionic/react';
import { chevronForward } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import { Choices } from '../../features/emergency/components/Choices';
import '../../features/emergency/emergency.css';
import { ALERT_KINDS, alertHref, countAlerts, sortAlerts } from '../../features/pharmacy/alerts';
import { AlertChip } from '../../features/pharmacy/components/AlertChip';
import { formatCount, formatShortDate } from '../../features/pharmacy/dates';
import '../../features/pharmacy/pharmacy.css';
import { itemName } from '../../features/pharmacy/stock-list';
import { StockAlertsDocument, type StockAlertKind, type StockAlertsQuery } from '../../gql/graphql';

type Alert = StockAlertsQuery['stockAlerts'][number];
type Filter = StockAlertKind | 'ALL';

function isKind(v: string | null): v is StockAlertKind {
  return ALERT_KINDS.includes(v as StockAlertKind);
}

/** What an alert is about, in one sentence. */
function useAlertText() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (a: Alert) => {
    const values = {
      count: formatCount(a.quantity, lang),
      unit: a.item.unitOfIssue,
      lot: a.lot?.lotNumber ?? '',
      location: a.location?.name ?? '',
      date: a.expiryDate ? formatShortDate(a.expiryDate, lang) : '',
      level: formatCount(a.reorderLevel ?? 0, lang),
    };
    switch (a.kind) {
      case 'BELOW_REORDER_LEVEL':
        return t('pharmacy.alertBelow', values);
      case 'EXPIRING':
        return t('pharmacy.alertExpiring', values);
      case 'EXPIRED_ON_HAND':
        return t('pharmacy.alertExpired', values);
    }
  };
}

/**
 * The stock alerts as the hourly job last computed them (expired lots on a shelf, lots expiring,
 * items below their reorder level), filtered by kind, most urgent first; each opens its item at
 * its location.
 */
export default function AlertsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const errorText = useErrorText();
  const alertText = useAlertText();
  const fromUrl = new URLSearchParams(useLocation().search).get('kind');
  const [filter, setFilter] = useState<Filter>(isKind(fromUrl) ? fromUrl : 'ALL');
  const all = useQuery(StockAlertsDocument, {
    variables: {},
    fetchPolicy: 'cache-and-network',
  });
  const shown = useQuery(StockAlertsDocument, {
    variables: { kind: filter === 'ALL' ? null : filter },
    fetchPolicy: 'cache-and-network',
  });
  const counts = countAlerts(all.data?.stockAlerts ?? []);
  const total = all.data?.stockAlerts.length;
  const alerts = sortAlerts(shown.data?.stockAlerts ?? [], lang);
  const computedAt = all.data?.stockAlerts[0]?.computedAt;
  const error = shown.error ?? all.error;
  const withCount = (label: string, n: number | undefined) =>
    n === undefined ? label : `${label} (${String(n)})`;

  return (
    <PageLayout title={t('pharmacy.alertsTitle')} backHref="/app/pharmacy" wide>
      <section className="cg-card" aria-label={t('pharmacy.show')}>
        <Choices<Filter>
          legend={t('pharmacy.show')}
          testId="alert-filter"
          grid
          value={filter}
          options={[
            { value: 'ALL', label: withCount(t('pharmacy.alertKindAll'), total) },
            ...ALERT_KINDS.map((k) => ({
              value: k,
              label: withCount(t(`pharmacy.alertKinds.${k}`), all.data ? counts[k] : undefined),
            })),
          ]}
          onChange={setFilter}
        />
      </section>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {shown.loading && !shown.data && <IonSpinner aria-label={t('app.loading')} />}
      {shown.data && (
        <p className="cg-list-meta" data-testid="alerts-count" aria-live="polite">
          {t('pharmacy.alertCount', { count: alerts.length })}
        </p>
      )}
      {shown.data && alerts.length === 0 && <p className="cg-muted">{t('pharmacy.alertsNone')}</p>}
      {alerts.length > 0 && (
        <ul className="cg-ph-list" data-testid="alerts" aria-label={t('pharmacy.alertsTitle')}>
          {alerts.map((a) => (
            <li key={a.id}>
              <Link
                className="cg-ph-row"
                to={alertHref(a)}
                data-testid="alert"
                data-kind={a.kind}
                data-item-id={a.itemId}
              >
                <div className="cg-ph-row-main">
                  <strong>{itemName(a.item, lang)}</strong>
                  <span className="cg-ph-row-chips">
                    <AlertChip kind={a.kind} />
                  </span>
                  <span className="cg-muted">{alertText(a)}</span>
                </div>
                <IonIcon icon={chevronForward} aria-hidden="true" className="cg-ph-chevron" />
              </Link>
            </li>
          ))}
        </ul>
      )}
      {computedAt && (
        <p className="cg-muted cg-ph-footnote">
          {t('pharmacy.alertsComputed', { time: formatDateTime(computedAt, lang) })}
        </p>
      )}
    </PageLayout>
  );
}
