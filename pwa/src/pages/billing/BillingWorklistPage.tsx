import { useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { calculatorOutline, chevronForward, pricetagsOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { formatDateTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import '../../features/billing/billing.css';
import { useMoney } from '../../features/billing/use-money';
import { useDebounced } from '../../features/patients/use-debounced';
import '../../features/pharmacy/pharmacy.css';
import { BillingWorklistDocument } from '../../gql/graphql';

/**
 * The cashier's worklist: patients with charges to invoice or invoices to collect, longest
 * waiting first, searched by name or MRN; a row opens the patient's billing.
 */
export default function BillingWorklistPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { fmt } = useMoney();
  const { user } = useSession();
  const can = new Set(user?.capabilities ?? []);
  const errorText = useErrorText();
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim(), 300);
  const list = useQuery(BillingWorklistDocument, {
    variables: { search: settled || null, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const rows = list.data?.billingWorklist ?? [];

  return (
    <PageLayout title={t('billing.worklistTitle')}>
      <div className="cg-ph-top-actions">
        {can.has('CLOSE_CASH_UP') && (
          <IonButton fill="outline" routerLink="/app/billing/cash-up" data-testid="open-cash-up">
            <IonIcon slot="start" icon={calculatorOutline} aria-hidden="true" />
            {t('billing.cashUpLink')}
          </IonButton>
        )}
        {can.has('READ_TARIFFS') && (
          <IonButton fill="outline" routerLink="/app/tariffs" data-testid="open-tariffs">
            <IonIcon slot="start" icon={pricetagsOutline} aria-hidden="true" />
            {t('billing.tariffsLink')}
          </IonButton>
        )}
      </div>
      <p className="cg-muted">{t('billing.worklistIntro')}</p>
      <section className="cg-card" aria-label={t('billing.search')}>
        <TextField
          name="billingSearch"
          type="search"
          label={t('billing.search')}
          value={search}
          onChange={setSearch}
        />
      </section>
      {list.error && <Notice kind="error">{errorText.message(errorText.info(list.error))}</Notice>}
      {list.loading && !list.data && <IonSpinner aria-label={t('app.loading')} />}
      {list.data && (
        <p className="cg-list-meta" data-testid="billing-count" aria-live="polite">
          {t('billing.worklistCount', { count: rows.length })}
        </p>
      )}
      {list.data && rows.length === 0 && <p className="cg-muted">{t('billing.worklistEmpty')}</p>}
      {rows.length > 0 && (
        <ul
          className="cg-ph-list"
          data-testid="billing-worklist"
          aria-label={t('billing.worklistTitle')}
        >
          {rows.map((r) => (
            <li key={r.patientId}>
              <Link
                className="cg-ph-row cg-bill-row"
                to={`/app/billing/patients/${r.patientId}`}
                data-testid="billing-row"
                data-patient-id={r.patientId}
              >
                <div className="cg-ph-row-main">
                  <strong>{r.patientName}</strong>
                  <span className="cg-muted">
                    {t('billing.mrn', { mrn: r.mrn })} ·{' '}
                    {t('billing.waitingSince', { when: formatDateTime(r.since, lang) })}
                  </span>
                  <span className="cg-ph-row-chips">
                    {r.unbilledCharges > 0 && (
                      <span className="cg-bill-chip cg-bill-chip-neutral">
                        {t('billing.toInvoice', {
                          count: r.unbilledCharges,
                          amount: fmt(r.unbilledMinor),
                        })}
                      </span>
                    )}
                    {r.unpricedCharges > 0 && (
                      <span className="cg-bill-chip cg-bill-chip-warn">
                        {t('billing.toPrice', { count: r.unpricedCharges })}
                      </span>
                    )}
                  </span>
                </div>
                <div className="cg-ph-row-figures">
                  {r.patientDueMinor > 0 && (
                    <span className="cg-ph-onhand" data-testid="row-patient-due">
                      {t('billing.patientOwes', { amount: fmt(r.patientDueMinor) })}
                    </span>
                  )}
                  {r.insurerDueMinor > 0 && (
                    <span className="cg-muted">
                      {t('billing.insurerOwes', { amount: fmt(r.insurerDueMinor) })}
                    </span>
                  )}
                </div>
                <IonIcon icon={chevronForward} aria-hidden="true" className="cg-ph-chevron" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </PageLayout>
  );
}
