import { skipToken, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import {
  cashOutline,
  chevronForward,
  clipboardOutline,
  downloadOutline,
  medicalOutline,
} from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { AlertsCard } from '../../features/pharmacy/components/AlertsCard';
import { itemDetails } from '../../features/pharmacy/components/ItemPicker';
import {
  LocationSelect,
  useStockLocations,
} from '../../features/pharmacy/components/LocationSelect';
import { BelowReorderChip, LotStateChip } from '../../features/pharmacy/components/LotStateChip';
import { formatCount, formatShortDate } from '../../features/pharmacy/dates';
import '../../features/pharmacy/pharmacy.css';
import { useDebounced } from '../../features/patients/use-debounced';
import {
  itemName,
  levelFilter,
  lotState,
  nearestLot,
  type StockFilter,
} from '../../features/pharmacy/stock-list';
import { StockLevelsDocument, type StockItemKind } from '../../gql/graphql';

/**
 * What a location holds (the central pharmacy unless another is chosen), a page at a time with
 * "show more": searched by name, DCI or ATC code, filtered by kind, below reorder level or
 * expiring soon — all by the server; each row with its units on hand, the reorder warning in
 * words and the next expiry. A row opens the item with its lots. The alerts' counts open the
 * alerts (where the STOCK_ALERTS notification leads).
 */
export default function StockPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user } = useSession();
  const can = new Set(user?.capabilities ?? []);
  const errorText = useErrorText();
  const { locations, central, error: locationsError } = useStockLocations();
  const [chosen, setChosen] = useState('');
  const locationId = chosen || central?.id || '';
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<StockItemKind | ''>('');
  const [show, setShow] = useState<StockFilter>('all');
  const searched = useDebounced(search.trim(), 300);
  const filtered = Boolean(searched || kind || show !== 'all');
  const levels = useQuery(
    StockLevelsDocument,
    locationId
      ? {
          variables: {
            locationId,
            search: searched || null,
            kind: kind || null,
            filter: levelFilter(show),
            first: 20,
          },
          notifyOnNetworkStatusChange: true,
        }
      : skipToken,
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const page = levels.data?.stockLevels;
  const rows = page?.nodes ?? [];
  const error = levels.error ?? locationsError;

  return (
    <PageLayout title={t('pharmacy.stockTitle')} wide>
      {(can.has('RECEIVE_STOCK') ||
        can.has('DISPENSE_STOCK') ||
        can.has('READ_DISPENSING_WORKLIST') ||
        can.has('READ_STOCK_VALUATION')) && (
        <div className="cg-ph-top-actions">
          {can.has('RECEIVE_STOCK') && (
            <IonButton routerLink="/app/pharmacy/receive" data-testid="open-receive">
              <IonIcon slot="start" icon={downloadOutline} aria-hidden="true" />
              {t('pharmacy.receiveNew')}
            </IonButton>
          )}
          {can.has('DISPENSE_STOCK') && (
            <IonButton
              routerLink="/app/pharmacy/dispense"
              fill="outline"
              data-testid="open-dispense"
            >
              <IonIcon slot="start" icon={medicalOutline} aria-hidden="true" />
              {t('pharmacy.dispenseTitle')}
            </IonButton>
          )}
          {can.has('READ_DISPENSING_WORKLIST') && (
            <IonButton
              routerLink="/app/pharmacy/worklist"
              fill="outline"
              data-testid="open-worklist"
            >
              <IonIcon slot="start" icon={clipboardOutline} aria-hidden="true" />
              {t('pharmacy.worklistTitle')}
            </IonButton>
          )}
          {can.has('READ_STOCK_VALUATION') && (
            <IonButton
              routerLink="/app/pharmacy/valuation"
              fill="outline"
              data-testid="open-valuation"
            >
              <IonIcon slot="start" icon={cashOutline} aria-hidden="true" />
              {t('pharmacy.valuationTitle')}
            </IonButton>
          )}
        </div>
      )}
      {can.has('READ_STOCK_ALERTS') && <AlertsCard />}
      {!can.has('RECEIVE_STOCK') && <p className="cg-muted">{t('pharmacy.readOnly')}</p>}
      <section className="cg-card cg-ph-filters" aria-label={t('pharmacy.show')}>
        <LocationSelect
          name="location"
          value={locationId}
          locations={locations}
          onChange={setChosen}
        />
        <TextField
          name="stockSearch"
          type="search"
          label={t('pharmacy.search')}
          value={search}
          onChange={setSearch}
        />
        <SelectField
          name="kind"
          label={t('pharmacy.kind')}
          value={kind}
          options={[
            { value: '', label: t('pharmacy.kindAll') },
            { value: 'MEDICATION', label: t('pharmacy.kinds.MEDICATION') },
            { value: 'CONSUMABLE', label: t('pharmacy.kinds.CONSUMABLE') },
          ]}
          onChange={setKind}
        />
        <SelectField<StockFilter>
          name="show"
          label={t('pharmacy.show')}
          value={show}
          options={[
            { value: 'all', label: t('pharmacy.showAll') },
            { value: 'below', label: t('pharmacy.showBelow') },
            { value: 'expiring', label: t('pharmacy.showExpiring') },
          ]}
          onChange={(v) => {
            setShow(v || 'all');
          }}
        />
      </section>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {levels.loading && !levels.data && <IonSpinner aria-label={t('app.loading')} />}
      {page && (
        <p className="cg-list-meta" data-testid="stock-count" aria-live="polite">
          {t('pharmacy.count', { count: page.totalCount })}
        </p>
      )}
      {page && rows.length === 0 && (
        <p className="cg-muted">{t(filtered ? 'pharmacy.empty' : 'pharmacy.nothingHeld')}</p>
      )}
      {rows.length > 0 && (
        <ul className="cg-ph-list" data-testid="stock-list" aria-label={t('pharmacy.stockTitle')}>
          {rows.map((row) => {
            const next = nearestLot(row.lots);
            return (
              <li key={row.itemId}>
                <Link
                  className="cg-ph-row"
                  to={`/app/pharmacy/items/${row.itemId}?location=${locationId}`}
                  data-testid="stock-row"
                  data-item-id={row.itemId}
                  data-below={row.belowReorderLevel ? 'true' : 'false'}
                >
                  <div className="cg-ph-row-main">
                    <strong>{itemName(row.item, lang)}</strong>
                    <span className="cg-muted">{itemDetails(row.item)}</span>
                    <span className="cg-ph-row-chips">
                      {row.belowReorderLevel && <BelowReorderChip />}
                      {next && lotState(next) !== 'USABLE' && (
                        <LotStateChip state={lotState(next)} days={next.daysToExpiry} />
                      )}
                    </span>
                  </div>
                  <div className="cg-ph-row-figures">
                    <span className="cg-ph-onhand" data-testid="on-hand">
                      {t('pharmacy.onHandValue', {
                        count: formatCount(row.onHand, lang),
                        unit: row.item.unitOfIssue,
                      })}
                    </span>
                    <span className="cg-muted">
                      {next
                        ? t('pharmacy.expiresOn', {
                            date: formatShortDate(next.lot.expiryDate, lang),
                          })
                        : t('pharmacy.noLots')}
                    </span>
                  </div>
                  <IonIcon icon={chevronForward} aria-hidden="true" className="cg-ph-chevron" />
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {page?.pageInfo.hasNextPage && (
        <IonButton
          expand="block"
          fill="outline"
          data-testid="stock-more"
          disabled={loadingMore}
          onClick={() => {
            setLoadingMore(true);
            void levels
              .fetchMore({
                // The total is the first page's: not counted again.
                variables: { after: page.pageInfo.endCursor, withTotal: false },
                updateQuery: (prev, { fetchMoreResult }) => ({
                  stockLevels: {
                    ...fetchMoreResult.stockLevels,
                    totalCount: prev.stockLevels.totalCount,
                    nodes: [...prev.stockLevels.nodes, ...fetchMoreResult.stockLevels.nodes],
                  },
                }),
              })
              .finally(() => {
                setLoadingMore(false);
              });
          }}
        >
          {t('pharmacy.more', { shown: rows.length, count: page.totalCount })}
        </IonButton>
      )}
    </PageLayout>
  );
}
