import { skipToken, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { chevronForward, medicalOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Facts } from '../../app/components/Facts';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { Section } from '../../app/components/Section';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import {
  LocationSelect,
  useStockLocations,
} from '../../features/pharmacy/components/LocationSelect';
import { BelowReorderChip, LotStateChip } from '../../features/pharmacy/components/LotStateChip';
import { MovementList } from '../../features/pharmacy/components/MovementList';
import { StockActions } from '../../features/pharmacy/components/StockActions';
import { formatCount, formatShortDate } from '../../features/pharmacy/dates';
import { formatCents } from '../../features/pharmacy/money';
import '../../features/emergency/emergency.css';
import '../../features/pharmacy/pharmacy.css';
import { itemName, lotState } from '../../features/pharmacy/stock-list';
import '../../features/wards/wards.css';
import { StockItemLevelDocument, StockItemMovementsDocument } from '../../gql/graphql';

/**
 * One item at one location: what it is, its lots (number, expiry, quantity, state in words) and
 * its recent movements; the pharmacist counts or writes off a lot here, or dispenses it. A lot
 * number opens its trace (where it is, who received it) and its recall.
 */
export default function StockItemPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { itemId = '' } = useParams();
  const query = new URLSearchParams(useLocation().search);
  const { user } = useSession();
  const can = new Set(user?.capabilities ?? []);
  const errorText = useErrorText();
  const { locations, central } = useStockLocations();
  const [chosen, setChosen] = useState(query.get('location') ?? '');
  const locationId = chosen || central?.id || '';
  const location = locations.find((l) => l.id === locationId);
  const level = useQuery(
    StockItemLevelDocument,
    locationId ? { variables: { locationId, itemId } } : skipToken,
  );
  const movements = useQuery(
    StockItemMovementsDocument,
    can.has('READ_STOCK_MOVEMENTS') ? { variables: { itemId, first: 20 } } : skipToken,
  );
  const stock = level.data?.stockLevels.nodes[0];
  const item = stock?.item;
  const lots = stock?.lots ?? [];
  const readCosts = can.has('READ_STOCK_PRICES');

  return (
    <PageLayout
      title={item ? itemName(item, lang) : t('pharmacy.itemTitle')}
      backHref="/app/pharmacy"
    >
      {level.error && (
        <Notice kind="error">{errorText.message(errorText.info(level.error))}</Notice>
      )}
      {level.loading && !level.data && <IonSpinner aria-label={t('app.loading')} />}
      {item && (
        <>
          <section className="cg-card" data-testid="stock-item" data-item-id={item.id}>
            <h2>{itemName(item, lang)}</h2>
            <p className="cg-ph-summary">
              <span className="cg-ph-onhand" data-testid="item-on-hand">
                {t('pharmacy.onHandValue', {
                  count: formatCount(stock.onHand, lang),
                  unit: item.unitOfIssue,
                })}
              </span>
              {stock.belowReorderLevel && <BelowReorderChip />}
            </p>
            <Facts
              empty={t('pharmacy.notKnown')}
              rows={[
                [
                  t('pharmacy.usable'),
                  `${formatCount(stock.usableOnHand, lang)} ${item.unitOfIssue}`,
                ],
                [t('pharmacy.dci'), item.inn],
                [t('pharmacy.form'), item.form],
                [t('pharmacy.strength'), item.strength],
                [t('pharmacy.unit'), item.unitOfIssue],
                [t('pharmacy.reorderLevel'), formatCount(item.reorderLevel, lang)],
                ...(readCosts && typeof item.unitPriceCents === 'number'
                  ? ([[t('pharmacy.price'), formatCents(item.unitPriceCents, lang)]] as const)
                  : []),
              ]}
            />
            {can.has('DISPENSE_STOCK') && (
              <div className="cg-actions">
                <IonButton
                  routerLink={`/app/pharmacy/dispense?item=${item.id}&from=${locationId}`}
                  data-testid="dispense-item"
                >
                  <IonIcon slot="start" icon={medicalOutline} aria-hidden="true" />
                  {t('pharmacy.dispenseThis')}
                </IonButton>
              </div>
            )}
          </section>
          <Section id="ph-lots" title={t('pharmacy.lotsTitle', { location: location?.name ?? '' })}>
            <LocationSelect
              name="itemLocation"
              value={locationId}
              locations={locations}
              onChange={setChosen}
            />
            {lots.length === 0 ? (
              <p className="cg-muted">{t('pharmacy.noLots')}</p>
            ) : (
              <div
                className="cg-ph-table-wrap"
                role="region"
                aria-label={t('pharmacy.lotsTitle', { location: location?.name ?? '' })}
                tabIndex={0}
              >
                <table className="cg-ph-table cg-ph-stack" data-testid="lots">
                  <thead>
                    <tr>
                      <th scope="col">{t('pharmacy.lotNumber')}</th>
                      <th scope="col">{t('pharmacy.expiry')}</th>
                      <th scope="col" className="cg-ph-num">
                        {t('pharmacy.quantity')}
                      </th>
                      <th scope="col">{t('pharmacy.status')}</th>
                      {readCosts && <th scope="col">{t('pharmacy.supplier')}</th>}
                      {readCosts && (
                        <th scope="col" className="cg-ph-num">
                          {t('pharmacy.unitCost')}
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {lots.map((l) => (
                      <tr
                        key={l.lot.id}
                        data-testid="lot-row"
                        data-lot={l.lot.lotNumber}
                        data-quantity={l.quantity}
                      >
                        <th scope="row">
                          {can.has('TRACE_LOTS') ? (
                            <Link
                              to={`/app/pharmacy/lots/${l.lot.id}`}
                              className="cg-ph-lot-link"
                              data-testid="lot-trace-link"
                              aria-label={t('pharmacy.traceLot', { lot: l.lot.lotNumber })}
                            >
                              {l.lot.lotNumber}
                              <IonIcon icon={chevronForward} aria-hidden="true" />
                            </Link>
                          ) : (
                            l.lot.lotNumber
                          )}
                        </th>
                        <td data-label={t('pharmacy.expiry')}>
                          {formatShortDate(l.lot.expiryDate, lang)}
                        </td>
                        <td className="cg-ph-num" data-label={t('pharmacy.quantity')}>
                          {formatCount(l.quantity, lang)}
                        </td>
                        <td data-label={t('pharmacy.status')}>
                          <LotStateChip state={lotState(l)} days={l.daysToExpiry} />
                        </td>
                        {readCosts && <td data-label={t('pharmacy.supplier')}>{l.lot.supplier}</td>}
                        {readCosts && (
                          <td className="cg-ph-num" data-label={t('pharmacy.unitCost')}>
                            {typeof l.lot.unitCostCents === 'number'
                              ? formatCents(l.lot.unitCostCents, lang)
                              : ''}
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Section>
          {(can.has('ADJUST_STOCK') || can.has('WRITE_OFF_STOCK')) && lots.length > 0 && (
            <Section id="ph-actions" title={t('pharmacy.actionsTitle')}>
              <StockActions locationId={locationId} lots={lots} />
            </Section>
          )}
          {can.has('READ_STOCK_MOVEMENTS') && (
            <Section id="ph-movements" title={t('pharmacy.movementsTitle')}>
              {movements.error && (
                <Notice kind="error">{errorText.message(errorText.info(movements.error))}</Notice>
              )}
              {movements.data && <MovementList movements={movements.data.stockMovements.nodes} />}
            </Section>
          )}
        </>
      )}
    </PageLayout>
  );
}
