import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DispenseDocument,
  StockItemLevelDocument,
  type DispensingWorklistQuery,
} from '../../../gql/graphql';
import { FormFailure } from '../../emergency/components/FormFailure';
import { deviceId } from '../../records/labels';
import { InputField } from '../../wards/components/fields';
import { formatCount, formatShortDate } from '../dates';
import { dispenseInput } from '../forms';
import { usePharmacyError } from '../pharmacy-error';
import { itemName, proposedLot } from '../stock-list';
import { defaultQuantity } from '../worklist';

export type WorklistRow = DispensingWorklistQuery['dispensingWorklist'][number];

/**
 * One worklist row dispensed in place: to the row's patient, against its prescription, from the
 * central pharmacy, the first-expiring lot shown as the server will take it. The quantity starts
 * at what is still to dispense and may be less (a partial dispensing). One id made on the device
 * per dispensing: a resend after a lost answer is recorded once.
 */
export function WorklistDispense({
  row,
  fromLocationId,
  onDone,
  onCancel,
}: {
  row: WorklistRow;
  fromLocationId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pharmacyError = usePharmacyError();
  const [opId] = useState(deviceId);
  const [quantity, setQuantity] = useState(() => defaultQuantity(row));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const level = useQuery(StockItemLevelDocument, {
    variables: { locationId: fromLocationId, itemId: row.itemId },
    fetchPolicy: 'cache-and-network',
  });
  const stock = level.data?.stockLevels.nodes.find((l) => l.itemId === row.itemId);
  const proposal = stock ? proposedLot(stock.lots) : undefined;
  const [dispense, { loading }] = useMutation(DispenseDocument, {
    refetchQueries: ['DispensingWorklist', 'StockLevels', 'StockItemLevel'],
    awaitRefetchQueries: true,
  });

  async function submit() {
    setFailure(null);
    const checked = dispenseInput(opId, {
      to: 'patient',
      patientId: row.patientId,
      prescriptionId: row.prescriptionId,
      wardLocationId: '',
      fromLocationId,
      itemId: row.itemId,
      lotId: '',
      proposedLotId: proposal?.lot.id ?? null,
      lotChoiceReason: '',
      quantity,
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
      if (!data) return;
      const moved = data.dispense.movements;
      onDone(
        t('pharmacy.rowDispensed', {
          count: moved.reduce((s, m) => s + m.quantity, 0),
          unit: row.item.unitOfIssue,
          item: itemName(row.item, lang),
          patient: row.patientName,
          lots: moved.map((m) => m.lot.lotNumber).join(', '),
        }),
      );
    } catch (e) {
      const read = pharmacyError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  return (
    <form
      className="cg-form cg-ph-wl-form"
      data-testid="worklist-dispense"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormFailure text={failure} />
      {stock && (
        <p className="cg-muted" data-testid="worklist-lot" data-lot-id={proposal?.lot.id ?? ''}>
          {proposal
            ? t('pharmacy.fefoProposed', {
                lot: proposal.lot.lotNumber,
                date: formatShortDate(proposal.lot.expiryDate, lang),
                count: formatCount(stock.usableOnHand, lang),
              })
            : t('pharmacy.fefoNone')}
        </p>
      )}
      <InputField
        name="worklistQuantity"
        label={t('pharmacy.quantityLabel', { unit: row.item.unitOfIssue })}
        inputMode="numeric"
        value={quantity}
        error={errors.quantity}
        onChange={setQuantity}
      />
      <div className="cg-actions">
        <IonButton type="submit" disabled={loading} data-testid="worklist-dispense-submit">
          {loading ? t('pharmacy.dispensing') : t('pharmacy.dispense')}
        </IonButton>
        <IonButton fill="outline" disabled={loading} onClick={onCancel}>
          {t('pharmacy.cancel')}
        </IonButton>
      </div>
    </form>
  );
}
