import { IonIcon } from '@ionic/react';
import { chevronForward } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../app/format';
import type { InvoiceKind, InvoiceStatus } from '../../../gql/graphql';
import { useMoney } from '../use-money';
import { StatusChip } from './StatusChip';

/**
 * One invoice of a list, as a link to its screen: number, issue time, status, total and what
 * remains to pay (the cashier's list shows the whole balance, the patient's their own share).
 */
export function InvoiceRow({
  invoice,
  to,
  remainingMinor,
  testId,
  remainingTestId,
}: {
  invoice: {
    id: string;
    number?: string | null;
    issuedAt?: string | null;
    kind: InvoiceKind;
    status: InvoiceStatus;
    totalMinor: number;
  };
  to: string;
  remainingMinor: number;
  testId: string;
  remainingTestId?: string;
}) {
  const { t, i18n } = useTranslation();
  const { fmt } = useMoney();
  return (
    <Link
      className="cg-ph-row cg-bill-row"
      to={to}
      data-testid={testId}
      data-invoice-id={invoice.id}
      data-status={invoice.status}
    >
      <div className="cg-ph-row-main">
        <strong>{invoice.number}</strong>
        <span className="cg-muted">
          {invoice.issuedAt ? formatDateTime(invoice.issuedAt, i18n.language) : ''}
        </span>
        <span className="cg-ph-row-chips">
          <StatusChip kind={invoice.kind} status={invoice.status} />
        </span>
      </div>
      <div className="cg-ph-row-figures">
        <span className="cg-ph-onhand">{fmt(invoice.totalMinor)}</span>
        {invoice.kind === 'INVOICE' && remainingMinor > 0 && (
          <span className="cg-muted" data-testid={remainingTestId} data-value={remainingMinor}>
            {t('billing.remaining', { amount: fmt(remainingMinor) })}
          </span>
        )}
      </div>
      <IonIcon icon={chevronForward} aria-hidden="true" className="cg-ph-chevron" />
    </Link>
  );
}
