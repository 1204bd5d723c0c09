import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { RecordsLabOrderFragment } from '../../gql/graphql';
import { testName } from './labels';

type Order = Pick<
  RecordsLabOrderFragment,
  'testNameEn' | 'testNameFr' | 'occurredAt' | 'priority' | 'status' | 'orderedByName'
>;

/**
 * A lab order still waiting for its result: the test, when it was ordered (and by whom, with
 * `showOrderedBy`), its priority when urgent, and its status.
 */
export function LabOrderLine({
  order,
  showOrderedBy = false,
}: {
  order: Order;
  showOrderedBy?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <li className="cg-rec-row">
      <span>
        <strong>{testName(order, lang)}</strong>
        <span className="cg-rec-sub">
          {formatDateTime(order.occurredAt, lang)}
          {showOrderedBy && <> · {t('records.labs.orderedBy', { name: order.orderedByName })}</>}
        </span>
      </span>
      <span>
        {order.priority === 'URGENT' && (
          <span className="cg-badge cg-badge-danger">{t('records.labs.priority.URGENT')}</span>
        )}{' '}
        <span className="cg-badge">{t(`records.labs.status.${order.status}`)}</span>
      </span>
    </li>
  );
}
