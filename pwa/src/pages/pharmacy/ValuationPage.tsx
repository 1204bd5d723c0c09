import { skipToken, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { useErrorText } from '../../app/use-error-text';
import { useStockLocations } from '../../features/pharmacy/components/LocationSelect';
import { formatCount, formatShortDate, hospitalToday } from '../../features/pharmacy/dates';
import { formatCents } from '../../features/pharmacy/money';
import '../../features/pharmacy/pharmacy.css';
import { itemName } from '../../features/pharmacy/stock-list';
import {
  dayAsTyped,
  grandTotalCents,
  sortLines,
  valuationDay,
} from '../../features/pharmacy/valuation';
import { InputField } from '../../features/wards/components/fields';
import '../../features/wards/wards.css';
import { StockValuationDocument } from '../../gql/graphql';

/**
 * The value of the stock at the end of a chosen day, per location (or one location): each item
 * on hand with its weighted average unit cost and its value, each location's total and the total
 * of the locations shown; amounts are the API's integer cents.
 */
export default function ValuationPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const errorText = useErrorText();
  const { locations } = useStockLocations();
  const today = hospitalToday();
  const [typed, setTyped] = useState(() => dayAsTyped(today));
  const [locationTyped, setLocationTyped] = useState('');
  const [asked, setAsked] = useState<{ at: string; locationId: string }>({
    at: today,
    locationId: '',
  });
  const [dateError, setDateError] = useState<string | undefined>();
  const { data, loading, error } = useQuery(
    StockValuationDocument,
    asked.at
      ? {
          variables: { at: asked.at, locationId: asked.locationId || null },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  const valuations = data?.stockValuation ?? [];

  function show() {
    const day = valuationDay(typed, today);
    if (!day.ok) {
      setDateError(t(`pharmacy.errors.${day.problem}`));
      return;
    }
    setDateError(undefined);
    setAsked({ at: day.date, locationId: locationTyped });
  }

  return (
    <PageLayout title={t('pharmacy.valuationTitle')} backHref="/app/pharmacy" wide>
      <form
        className="cg-card cg-ph-filters"
        aria-label={t('pharmacy.valuationShow')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          show();
        }}
      >
        <InputField
          name="valuationAt"
          label={t('pharmacy.valuationAt')}
          inputMode="numeric"
          value={typed}
          error={dateError}
          onChange={setTyped}
        />
        <SelectField
          name="valuationLocation"
          label={t('pharmacy.location')}
          value={locationTyped}
          options={[
            { value: '', label: t('pharmacy.valuationAll') },
            ...locations.map((l) => ({ value: l.id, label: l.name })),
          ]}
          onChange={setLocationTyped}
        />
        <IonButton type="submit" data-testid="valuation-show">
          {t('pharmacy.valuationShow')}
        </IonButton>
      </form>
      <p className="cg-muted">{t('pharmacy.valuationMethod')}</p>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !data && <IonSpinner aria-label={t('app.loading')} />}
      {data && (
        <div className="cg-ph-total cg-card" data-testid="valuation-total">
          <span>
            {t('pharmacy.valuationGrandTotal')} ·{' '}
            {t('pharmacy.valuationOf', { date: formatShortDate(asked.at, lang) })}
          </span>
          <strong data-testid="valuation-grand-total">
            {formatCents(grandTotalCents(valuations), lang)}
          </strong>
        </div>
      )}
      {data && valuations.length === 0 && <p className="cg-muted">{t('pharmacy.valuationNone')}</p>}
      {valuations.map((v) => {
        const lines = sortLines(v.lines, lang);
        const headingId = `val-${v.locationId}`;
        return (
          <section
            key={v.locationId}
            className="cg-card"
            aria-labelledby={headingId}
            data-testid="valuation-location"
            data-location-id={v.locationId}
            data-value-cents={v.valueCents}
          >
            <h2 id={headingId}>{v.locationName}</h2>
            {lines.length === 0 ? (
              <p className="cg-muted">{t('pharmacy.valuationEmpty')}</p>
            ) : (
              <div
                className="cg-ph-table-wrap"
                role="region"
                aria-labelledby={headingId}
                tabIndex={0}
              >
                <table className="cg-ph-table cg-ph-stack">
                  <thead>
                    <tr>
                      <th scope="col">{t('pharmacy.valuationItem')}</th>
                      <th scope="col" className="cg-ph-num">
                        {t('pharmacy.valuationOnHand')}
                      </th>
                      <th scope="col" className="cg-ph-num">
                        {t('pharmacy.valuationAverage')}
                      </th>
                      <th scope="col" className="cg-ph-num">
                        {t('pharmacy.valuationValue')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {lines.map((l) => (
                      <tr
                        key={l.itemId}
                        data-testid="valuation-line"
                        data-value-cents={l.valueCents}
                      >
                        <th scope="row">{itemName(l.item, lang)}</th>
                        <td className="cg-ph-num" data-label={t('pharmacy.valuationOnHand')}>
                          {formatCount(l.onHand, lang)} {l.item.unitOfIssue}
                        </td>
                        <td className="cg-ph-num" data-label={t('pharmacy.valuationAverage')}>
                          {formatCents(l.averageUnitCostCents, lang)}
                        </td>
                        <td className="cg-ph-num" data-label={t('pharmacy.valuationValue')}>
                          {formatCents(l.valueCents, lang)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr className="cg-ph-total-row">
                      <th scope="row" colSpan={3}>
                        {t('pharmacy.valuationLocationTotal', { location: v.locationName })}
                      </th>
                      <td className="cg-ph-num" data-testid="valuation-location-total">
                        {formatCents(v.valueCents, lang)}
                      </td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </PageLayout>
  );
}
