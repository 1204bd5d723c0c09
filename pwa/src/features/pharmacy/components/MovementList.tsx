import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import type { PharmacyMovementFieldsFragment } from '../../../gql/graphql';
import { formatCount } from '../dates';

/** Where a ledger line went, in words: "Central → Ward A", "to a patient", "from Central". */
function route(m: PharmacyMovementFieldsFragment, t: TFunction) {
  const from = m.fromLocation?.name;
  const to = m.toLocation?.name;
  if (from && to) return t('pharmacy.fromTo', { from, to });
  if (m.kind === 'DISPENSE' && from)
    return `${t('pharmacy.from', { from })}, ${t('pharmacy.toPatient')}`;
  if (from) return t('pharmacy.from', { from });
  if (to) return t('pharmacy.to', { to });
  return '';
}

/** Ledger lines, newest first: what, how many, which lot, where, who, when, why. */
export function MovementList({
  movements,
}: {
  movements: readonly PharmacyMovementFieldsFragment[];
}) {
  const { t, i18n } = useTranslation();
  if (movements.length === 0) return <p className="cg-muted">{t('pharmacy.noMovements')}</p>;
  return (
    <ul className="cg-ph-movements" data-testid="movements">
      {movements.map((m) => {
        const why = m.writeOffReason
          ? t(`pharmacy.writeOffReasons.${m.writeOffReason}`) + (m.reason ? ` — ${m.reason}` : '')
          : (m.reason ?? m.lotChoiceReason);
        return (
          <li key={m.id} data-testid="movement" data-kind={m.kind} data-lot={m.lot.lotNumber}>
            <div className="cg-ph-movement-head">
              <strong>{t(`pharmacy.movementKind.${m.kind}`)}</strong>
              <span>
                {t('pharmacy.movementLine', {
                  quantity: formatCount(m.quantity, i18n.language),
                  lot: m.lot.lotNumber,
                })}
              </span>
            </div>
            <div className="cg-muted">
              {[
                route(m, t),
                t('pharmacy.by', { name: m.byName }),
                formatDateTime(m.at, i18n.language),
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
            {why && <div className="cg-ph-why">{why}</div>}
          </li>
        );
      })}
    </ul>
  );
}
