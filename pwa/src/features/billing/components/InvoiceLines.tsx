import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import type {
  BillingInvoiceLineFieldsFragment,
  BillingInvoiceSummaryFragment,
} from '../../../gql/graphql';
import { owed } from '../invoice-state';
import { useMoney } from '../use-money';

/** A line's or a charge's label in the reader's language. */
export function labelOf(x: { labelFr: string; labelEn: string }, language: string): string {
  return language.startsWith('fr') ? x.labelFr : x.labelEn;
}

/**
 * An invoice's lines (date, act, quantity, unit price, amount and both shares), then its total,
 * the insurer's and the patient's shares, what each paid and still owes.
 */
export function InvoiceLines({
  invoice,
  lines,
}: {
  invoice: BillingInvoiceSummaryFragment;
  lines: readonly BillingInvoiceLineFieldsFragment[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { fmt } = useMoney();
  const left = owed(invoice);
  const withInsurer = invoice.insurerMinor !== 0 || invoice.payer !== null;
  return (
    <>
      <div
        className="cg-ph-table-wrap"
        role="region"
        aria-label={t('billing.linesTitle')}
        tabIndex={0}
      >
        <table className="cg-ph-table cg-ph-stack" data-testid="invoice-lines">
          <thead>
            <tr>
              <th scope="col">{t('billing.label')}</th>
              <th scope="col">{t('billing.date')}</th>
              <th scope="col" className="cg-ph-num">
                {t('billing.quantity')}
              </th>
              <th scope="col" className="cg-ph-num">
                {t('billing.unitPrice')}
              </th>
              <th scope="col" className="cg-ph-num">
                {t('billing.amount')}
              </th>
              {withInsurer && (
                <th scope="col" className="cg-ph-num">
                  {t('billing.insurerShare')}
                </th>
              )}
              {withInsurer && (
                <th scope="col" className="cg-ph-num">
                  {t('billing.patientShare')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id} data-testid="invoice-line" data-amount={l.amountMinor}>
                <th scope="row">{labelOf(l, lang)}</th>
                <td data-label={t('billing.date')}>{formatDateTime(l.occurredAt, lang)}</td>
                <td data-label={t('billing.quantity')} className="cg-ph-num">
                  {l.quantity}
                </td>
                <td data-label={t('billing.unitPrice')} className="cg-ph-num">
                  {fmt(l.unitMinor)}
                </td>
                <td data-label={t('billing.amount')} className="cg-ph-num">
                  {fmt(l.amountMinor)}
                </td>
                {withInsurer && (
                  <td data-label={t('billing.insurerShare')} className="cg-ph-num">
                    {fmt(l.insurerMinor)}
                  </td>
                )}
                {withInsurer && (
                  <td data-label={t('billing.patientShare')} className="cg-ph-num">
                    {fmt(l.patientMinor)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="cg-bill-totals" data-testid="invoice-totals">
        <div className="cg-bill-total-main">
          <dt>{t('billing.total')}</dt>
          <dd data-testid="invoice-total" data-value={invoice.totalMinor}>
            {fmt(invoice.totalMinor)}
          </dd>
        </div>
        {withInsurer && (
          <>
            <div>
              <dt>{t('billing.insurerShare')}</dt>
              <dd>{fmt(invoice.insurerMinor)}</dd>
            </div>
            <div>
              <dt>{t('billing.patientShare')}</dt>
              <dd>{fmt(invoice.patientMinor)}</dd>
            </div>
          </>
        )}
        {invoice.status !== 'DRAFT' && invoice.kind === 'INVOICE' && (
          <>
            <div>
              <dt>{t('billing.paidPatient')}</dt>
              <dd>{fmt(invoice.paidPatientMinor)}</dd>
            </div>
            {withInsurer && (
              <div>
                <dt>{t('billing.paidInsurer')}</dt>
                <dd>{fmt(invoice.paidInsurerMinor)}</dd>
              </div>
            )}
            <div className="cg-bill-total-owed">
              <dt>{t('billing.leftPatient')}</dt>
              <dd data-testid="left-patient" data-value={left.patient}>
                {fmt(left.patient)}
              </dd>
            </div>
            {withInsurer && (
              <div className="cg-bill-total-owed">
                <dt>{t('billing.leftInsurer')}</dt>
                <dd data-testid="left-insurer" data-value={left.insurer}>
                  {fmt(left.insurer)}
                </dd>
              </div>
            )}
          </>
        )}
      </dl>
    </>
  );
}
