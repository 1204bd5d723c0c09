import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../app/components/Notice';
import { SelectField } from '../../../app/components/SelectField';
import {
  ActivePrescriptionsDocument,
  DispenseDocument,
  StockItemLevelDocument,
  type PharmacyItemFieldsFragment,
  type PharmacyOperationFieldsFragment,
} from '../../../gql/graphql';
import { Choices } from '../../emergency/components/Choices';
import { FormFailure } from '../../emergency/components/FormFailure';
import { deviceId, num } from '../../records/labels';
import { InputField, TextArea } from '../../wards/components/fields';
import { PatientPicker, type PickedPatient } from '../../wards/components/PatientPicker';
import { formatCount, formatShortDate } from '../dates';
import { dispenseInput, type DispenseValues } from '../forms';
import { usePharmacyError } from '../pharmacy-error';
import { itemName, lotState, proposedLot } from '../stock-list';
import { ItemPicker } from './ItemPicker';
import { LocationSelect, useStockLocations } from './LocationSelect';

/**
 * A dispensing: to a patient against one of their active prescriptions, or to a ward's stock.
 * The lot is the server's first-expiring one unless the pharmacist picks another, with a reason.
 * One id made on the device per dispensing: a resend after a lost answer is recorded once.
 */
export function DispenseForm({
  initialItemId,
  initialFrom,
}: {
  initialItemId?: string | undefined;
  initialFrom?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pharmacyError = usePharmacyError();
  const { locations, central, wards } = useStockLocations();
  const [opId, setOpId] = useState(deviceId);
  const [patient, setPatient] = useState<PickedPatient | null>(null);
  const [item, setItem] = useState<PharmacyItemFieldsFragment | null>(null);
  const [values, setValues] = useState<DispenseValues>({
    to: 'patient',
    patientId: null,
    prescriptionId: null,
    wardLocationId: '',
    fromLocationId: initialFrom ?? '',
    itemId: initialItemId ?? null,
    lotId: '',
    proposedLotId: null,
    lotChoiceReason: '',
    quantity: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<PharmacyOperationFieldsFragment | null>(null);
  const from = values.fromLocationId || central?.id || '';

  const set = <K extends keyof DispenseValues>(key: K, value: DispenseValues[K]) => {
    setValues((old) => ({ ...old, [key]: value }));
    setErrors((old) => Object.fromEntries(Object.entries(old).filter(([k]) => k !== key)));
  };

  const level = useQuery(
    StockItemLevelDocument,
    from && values.itemId ? { variables: { locationId: from, itemId: values.itemId } } : skipToken,
  );
  const stock = level.data?.stockLevels.nodes.find((l) => l.itemId === values.itemId);
  // An item named by the page (the item's own screen) arrives with its levels.
  const shownItem = item ?? stock?.item ?? null;
  const proposal = stock ? proposedLot(stock.lots) : undefined;
  const proposedId = proposal?.lot.id ?? null;

  const prescriptions = useQuery(
    ActivePrescriptionsDocument,
    patient ? { variables: { patientId: patient.id } } : skipToken,
  );
  const rxList = prescriptions.data?.prescriptions ?? [];
  const rx = rxList.find((p) => p.id === values.prescriptionId) ?? null;

  const [dispense, { loading }] = useMutation(DispenseDocument, {
    refetchQueries: ['StockLevels', 'StockItemLevel', 'StockItemMovements'],
  });

  async function submit() {
    setFailure(null);
    const checked = dispenseInput(opId, {
      ...values,
      fromLocationId: from,
      patientId: patient?.id ?? null,
      proposedLotId: proposedId,
    });
    if (!checked.ok) {
      setErrors(
        Object.fromEntries(
          Object.entries(checked.problems).map(([k, v]) => [k, t(`pharmacy.errors.${v}`)]),
        ),
      );
      return;
    }
    setErrors({});
    try {
      const { data } = await dispense({ variables: { input: checked.input } });
      if (data) setDone(data.dispense);
    } catch (e) {
      const read = pharmacyError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  if (done) {
    const total = done.movements.reduce((s, m) => s + m.quantity, 0);
    const first = done.movements[0];
    return (
      <section className="cg-card" data-testid="dispensed" data-operation-id={done.id}>
        <Notice kind="success">
          {t('pharmacy.dispensed', {
            count: total,
            unit: first?.item.unitOfIssue ?? '',
            item: first ? itemName(first.item, lang) : '',
          })}
        </Notice>
        <ul className="cg-ph-movements">
          {done.movements.map((m) => (
            <li key={m.id} data-testid="dispensed-line" data-lot={m.lot.lotNumber}>
              {t('pharmacy.movementLine', {
                quantity: formatCount(m.quantity, lang),
                lot: m.lot.lotNumber,
              })}
              {' · '}
              {t('pharmacy.expiresOn', { date: formatShortDate(m.lot.expiryDate, lang) })}
            </li>
          ))}
        </ul>
        <div className="cg-actions">
          <IonButton
            fill="outline"
            data-testid="dispense-another"
            onClick={() => {
              setDone(null);
              setOpId(deviceId());
              setValues((v) => ({ ...v, quantity: '', lotId: '', lotChoiceReason: '' }));
            }}
          >
            {t('pharmacy.dispenseAnother')}
          </IonButton>
        </div>
      </section>
    );
  }

  const lotOptions = (stock?.lots ?? []).filter((l) => l.quantity > 0);
  // The lot that will be taken: the one picked, else the server's proposal.
  const shownLot = values.lotId ? lotOptions.find((l) => l.lot.id === values.lotId) : proposal;

  return (
    <form
      className="cg-card cg-form"
      data-testid="dispense-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormFailure text={failure} />
      <Choices
        legend={t('pharmacy.dispenseTo')}
        testId="dispense-to"
        value={values.to}
        options={[
          { value: 'patient', label: t('pharmacy.toPatientChoice') },
          { value: 'ward', label: t('pharmacy.toWardChoice') },
        ]}
        onChange={(to) => {
          set('to', to);
        }}
      />
      {values.to === 'patient' ? (
        <>
          <PatientPicker
            picked={patient}
            error={errors.patientId}
            onPick={(p) => {
              setPatient(p);
              set('patientId', p?.id ?? null);
              set('prescriptionId', null);
            }}
          />
          {patient && prescriptions.data && rxList.length === 0 && (
            <p className="cg-muted">{t('pharmacy.noPrescription')}</p>
          )}
          {patient && rxList.length > 0 && (
            <Choices
              legend={t('pharmacy.prescription')}
              testId="prescription"
              grid
              value={values.prescriptionId}
              error={errors.prescriptionId}
              options={rxList.map((p) => ({
                value: p.id,
                label: [p.medicationName, p.strength].filter(Boolean).join(' '),
                hint: t('pharmacy.prescriptionHint', {
                  dose: num(p.dose, lang, 2),
                  unit: p.doseUnit,
                  route: t(`records.routes.${p.route}`),
                }),
              }))}
              onChange={(id) => {
                set('prescriptionId', id);
              }}
            />
          )}
        </>
      ) : (
        <LocationSelect
          name="toWard"
          label={t('pharmacy.ward')}
          value={values.wardLocationId}
          locations={wards}
          placeholder={t('app.choose')}
          error={errors.toLocationId}
          onChange={(id) => {
            set('wardLocationId', id);
          }}
        />
      )}
      <ItemPicker
        // A prescription chosen searches the catalogue for its medicine.
        key={rx?.id ?? 'none'}
        name="item"
        picked={shownItem}
        error={errors.itemId}
        initialSearch={rx?.medicationName ?? ''}
        onPick={(picked) => {
          setItem(picked);
          set('itemId', picked?.id ?? null);
          set('lotId', '');
        }}
      />
      <LocationSelect
        name="fromLocation"
        label={t('pharmacy.fromLocation')}
        value={from}
        locations={locations}
        error={errors.fromLocationId}
        onChange={(id) => {
          set('fromLocationId', id);
          set('lotId', '');
        }}
      />
      {stock && (
        <p className="cg-muted" data-testid="usable-here">
          {t('pharmacy.available', {
            count: formatCount(stock.usableOnHand, lang),
            unit: stock.item.unitOfIssue,
          })}
        </p>
      )}
      {values.itemId && (
        <SelectField
          name="lot"
          label={t('pharmacy.lot')}
          value={values.lotId}
          error={errors.lotId}
          options={[
            {
              value: '',
              label: proposal
                ? t('pharmacy.lotProposed', { lot: proposal.lot.lotNumber })
                : t('pharmacy.lotProposedNone'),
            },
            ...lotOptions
              .filter((l) => l.lot.id !== proposedId)
              .map((l) => ({
                value: l.lot.id,
                label: t('pharmacy.lotOption', {
                  lot: l.lot.lotNumber,
                  state: t(`pharmacy.lotState.${lotState(l)}`, { count: l.daysToExpiry }),
                }),
              })),
          ]}
          onChange={(v) => {
            set('lotId', v);
          }}
        />
      )}
      {shownLot && stock && (
        <p className="cg-muted" data-testid="lot-detail">
          {t('pharmacy.lotDetail', {
            lot: shownLot.lot.lotNumber,
            date: formatShortDate(shownLot.lot.expiryDate, lang),
            count: formatCount(shownLot.quantity, lang),
            unit: stock.item.unitOfIssue,
          })}
        </p>
      )}
      {values.lotId !== '' && values.lotId !== proposedId && (
        <TextArea
          name="lotChoiceReason"
          label={t('pharmacy.lotReason')}
          value={values.lotChoiceReason}
          error={errors.lotChoiceReason}
          rows={2}
          onChange={(v) => {
            set('lotChoiceReason', v);
          }}
        />
      )}
      <InputField
        name="quantity"
        label={
          shownItem
            ? t('pharmacy.quantityLabel', { unit: shownItem.unitOfIssue })
            : t('pharmacy.quantityPlain')
        }
        inputMode="numeric"
        value={values.quantity}
        error={errors.quantity}
        onChange={(v) => {
          set('quantity', v);
        }}
      />
      <IonButton
        type="submit"
        expand="block"
        size="large"
        disabled={loading}
        data-testid="dispense-submit"
      >
        {loading ? t('pharmacy.dispensing') : t('pharmacy.dispense')}
      </IonButton>
    </form>
  );
}
