import { useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { useErrorText } from '../../app/use-error-text';
import '../../features/billing/billing.css';
import { InvoiceRow } from '../../features/billing/components/InvoiceRow';
import { isPayable, owed } from '../../features/billing/invoice-state';
import { useMoney } from '../../features/billing/use-money';
import '../../features/pharmacy/pharmacy.css';
import { MyInvoicesDocument } from '../../gql/graphql';

/**
 * A patient's own invoices: what they and their insurer still owe, and each invoice with its
 * status and what remains, opening it read-only with its PDF and receipts.
 */
export default function MyInvoicesPage() {
  const { t } = useTranslation();
  const { fmt } = useMoney();
  const errorText = useErrorText();
  const q = useQuery(MyInvoicesDocument, { fetchPolicy: 'cache-and-network' });
  const invoices = q.data?.myInvoices ?? [];
  // What is still owed: the open invoices' shares less what was paid on them.
  const b = q.data && {
    patientDueMinor: invoices.filter(isPayable).reduce((n, i) => n + owed(i).patient, 0),
    insurerDueMinor: invoices.filter(isPayable).reduce((n, i) => n + owed(i).insurer, 0),
  };
  const error = q.error;

  return (
    <PageLayout title={t('billing.myInvoicesTitle')}>
      <p className="cg-muted">{t('billing.myInvoicesIntro')}</p>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {!b && !error && <IonSpinner aria-label={t('app.loading')} />}
      {b && (
        <section className="cg-card" aria-label={t('billing.owedTitle')}>
          <dl className="cg-bill-owed">
            <div>
              <dt>{t('billing.youOwe')}</dt>
              <dd data-testid="my-due" data-value={b.patientDueMinor}>
                {fmt(b.patientDueMinor)}
              </dd>
            </div>
            <div>
              <dt>{t('billing.insurerOwesYou')}</dt>
              <dd>{fmt(b.insurerDueMinor)}</dd>
            </div>
          </dl>
        </section>
      )}
      {b && invoices.length === 0 && <p className="cg-muted">{t('billing.myInvoicesEmpty')}</p>}
      {invoices.length > 0 && (
        <ul
          className="cg-bill-invoices"
          data-testid="my-invoices"
          aria-label={t('billing.invoicesTitle')}
        >
          {invoices.map((i) => (
            <li key={i.id}>
              <InvoiceRow
                invoice={i}
                to={`/app/my-invoices/${i.id}`}
                remainingMinor={owed(i).patient}
                testId="my-invoice"
                remainingTestId="my-invoice-left"
              />
            </li>
          ))}
        </ul>
      )}
    </PageLayout>
  );
}
