import { useQuery } from '@apollo/client/react';
import { IonIcon, IonSpinner } from '@ionic/react';
import { bedOutline, chevronForward, homeOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Facts } from '../../app/components/Facts';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { Section } from '../../app/components/Section';
import { formatDateTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { daysBetween } from '../../features/pharmacy/alerts';
import { LotStateChip } from '../../features/pharmacy/components/LotStateChip';
import { MovementList } from '../../features/pharmacy/components/MovementList';
import { RecallLot } from '../../features/pharmacy/components/RecallLot';
import { formatCount, formatShortDate, hospitalToday } from '../../features/pharmacy/dates';
import { sortTracePatients, totalOnHand } from '../../features/pharmacy/lot-trace';
import '../../features/pharmacy/pharmacy.css';
import { EXPIRING_SOON_DAYS, itemName, type LotState } from '../../features/pharmacy/stock-list';
import { num } from '../../features/records/labels';
import '../../features/wards/wards.css';
import { LotTraceDocument, type PharmacyLotFieldsFragment } from '../../gql/graphql';

/** A lot's state from its status and expiry date, as the stock screens name it. */
function stateOf(lot: PharmacyLotFieldsFragment, today: string): { state: LotState; days: number } {
  const days = daysBetween(today, lot.expiryDate);
  if (lot.status === 'RECALLED') return { state: 'RECALLED', days };
  if (days < 0) return { state: 'EXPIRED', days };
  if (days <= EXPIRING_SOON_DAYS) return { state: 'EXPIRING', days };
  return { state: 'USABLE', days };
}

/**
 * One lot traced: what it is and how it stands (recalled in words, with the notice), where its
 * units are now, every patient who received it (dispensed or given on a ward, with each dose),
 * and its ledger; the pharmacist recalls it here.
 */
export default function LotPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { lotId = '' } = useParams();
  const { user } = useSession();
  const can = new Set(user?.capabilities ?? []);
  const errorText = useErrorText();
  const [done, setDone] = useState<string | null>(null);
  const { data, loading, error } = useQuery(LotTraceDocument, {
    variables: { lotId },
    fetchPolicy: 'cache-and-network',
  });
  const trace = data?.lotTrace;
  const lot = trace?.lot;
  const { state, days } = lot
    ? stateOf(lot, hospitalToday())
    : { state: 'USABLE' as const, days: 0 };
  const patients = sortTracePatients(trace?.patients ?? []);
  const unit = lot?.item.unitOfIssue ?? '';

  return (
    <PageLayout
      title={lot ? t('pharmacy.lotTitle', { lot: lot.lotNumber }) : t('pharmacy.lot')}
      backHref={lot ? `/app/pharmacy/items/${lot.item.id}` : '/app/pharmacy'}
    >
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !data && <IonSpinner aria-label={t('app.loading')} />}
      {done && <Notice kind="success">{done}</Notice>}
      {trace && lot && (
        <>
          <section
            className="cg-card"
            data-testid="lot"
            data-lot-id={lot.id}
            data-status={lot.status}
          >
            <h2>
              {itemName(lot.item, lang)} — {t('pharmacy.lotTitle', { lot: lot.lotNumber })}
            </h2>
            <p className="cg-ph-summary">
              <LotStateChip state={state} days={days} />
            </p>
            {lot.status === 'RECALLED' && (
              <div className="cg-ph-recalled" data-testid="lot-recalled">
                <strong>
                  {t('pharmacy.recalledOn', {
                    when: lot.recalledAt ? formatDateTime(lot.recalledAt, lang) : '',
                  })}
                </strong>
                {lot.recallReason && (
                  <span>{t('pharmacy.recalledWhy', { reason: lot.recallReason })}</span>
                )}
              </div>
            )}
            <Facts
              empty={t('pharmacy.notKnown')}
              rows={[
                [t('pharmacy.expiry'), formatShortDate(lot.expiryDate, lang)],
                [t('pharmacy.supplier'), lot.supplier],
                [
                  t('pharmacy.receivedQuantity'),
                  `${formatCount(lot.receivedQuantity, lang)} ${unit}`,
                ],
                [
                  t('pharmacy.lotTotal'),
                  `${formatCount(totalOnHand(trace.locations), lang)} ${unit}`,
                ],
              ]}
            />
            <Link
              to={`/app/pharmacy/items/${lot.item.id}`}
              className="cg-ph-link"
              data-testid="lot-item"
            >
              {t('pharmacy.openItemOf', { item: itemName(lot.item, lang) })}
              <IonIcon icon={chevronForward} aria-hidden="true" />
            </Link>
            {can.has('RECALL_LOTS') && lot.status === 'ACTIVE' && (
              <div className="cg-actions">
                <RecallLot lotId={lot.id} lotNumber={lot.lotNumber} onDone={setDone} />
              </div>
            )}
          </section>
          <Section id="lot-where" title={t('pharmacy.lotWhere')}>
            {trace.locations.length === 0 ? (
              <p className="cg-muted">{t('pharmacy.lotNowhere')}</p>
            ) : (
              <div
                className="cg-ph-table-wrap"
                role="region"
                aria-labelledby="lot-where"
                tabIndex={0}
              >
                <table className="cg-ph-table" data-testid="lot-locations">
                  <thead>
                    <tr>
                      <th scope="col">{t('pharmacy.location')}</th>
                      <th scope="col" className="cg-ph-num">
                        {t('pharmacy.quantity')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {trace.locations.map((l) => (
                      <tr key={l.locationId} data-testid="lot-location" data-quantity={l.quantity}>
                        <th scope="row">{l.locationName}</th>
                        <td className="cg-ph-num">
                          {formatCount(l.quantity, lang)} {unit}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Section>
          <Section id="lot-patients" title={t('pharmacy.lotPatients')}>
            {patients.length === 0 ? (
              <p className="cg-muted">{t('pharmacy.lotNoPatients')}</p>
            ) : (
              <ul className="cg-ph-trace-patients" data-testid="lot-patients">
                {patients.map((p) => (
                  <li key={p.patientId} data-testid="lot-patient" data-patient-id={p.patientId}>
                    <div className="cg-ph-movement-head">
                      <strong>{p.patientName}</strong>
                      <span
                        className={`cg-ph-chip ${p.currentInpatient ? 'cg-ph-chip-usable' : 'cg-ph-chip-neutral'}`}
                      >
                        <IonIcon
                          icon={p.currentInpatient ? bedOutline : homeOutline}
                          aria-hidden="true"
                        />
                        {p.currentInpatient
                          ? t('pharmacy.lotInpatient')
                          : t('pharmacy.lotNotInpatient')}
                      </span>
                    </div>
                    <div className="cg-muted">
                      {[
                        p.unitsDispensed > 0
                          ? t('pharmacy.lotDispensedUnits', {
                              count: formatCount(p.unitsDispensed, lang),
                            })
                          : '',
                        p.unitsAdministered > 0
                          ? t('pharmacy.lotAdministeredUnits', {
                              count: formatCount(p.unitsAdministered, lang),
                            })
                          : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                    {p.administrations.length > 0 && (
                      <ul className="cg-ph-trace-doses">
                        {p.administrations.map((a) => (
                          <li key={a.id} data-testid="lot-dose" data-administration-id={a.id}>
                            {typeof a.dose === 'number'
                              ? t('pharmacy.lotDose', {
                                  medication: a.medicationName,
                                  dose: num(a.dose, lang, 2),
                                  unit: a.doseUnit ?? '',
                                  when: formatDateTime(a.administeredAt, lang),
                                  name: a.recordedByName,
                                })
                              : t('pharmacy.lotDoseNoDose', {
                                  medication: a.medicationName,
                                  when: formatDateTime(a.administeredAt, lang),
                                  name: a.recordedByName,
                                })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="lot-ledger" title={t('pharmacy.lotLedger')}>
            <MovementList movements={trace.movements} />
          </Section>
        </>
      )}
    </PageLayout>
  );
}
