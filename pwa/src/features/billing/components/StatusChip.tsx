import { IonIcon } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import type { InvoiceKind, InvoiceStatus } from '../../../gql/graphql';
import { statusKey, statusLook } from '../invoice-state';

/** An invoice's status in words with its icon; the colour only repeats what they say. */
export function StatusChip({ kind, status }: { kind: InvoiceKind; status: InvoiceStatus }) {
  const { t } = useTranslation();
  const look = statusLook(kind, status);
  return (
    <span
      className={`cg-bill-chip cg-bill-chip-${look.tone}`}
      data-testid="invoice-status"
      data-status={kind === 'CREDIT_NOTE' ? 'CREDIT_NOTE' : status}
    >
      <IonIcon icon={look.icon} aria-hidden="true" />
      {t(statusKey(kind, status))}
    </span>
  );
}
