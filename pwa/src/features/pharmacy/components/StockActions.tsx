import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../app/components/Notice';
import { SelectField } from '../../../app/components/SelectField';
import {
  AdjustStockDocument,
  WriteOffStockDocument,
  type StockItemLevelQuery,
  type WriteOffReason,
} from '../../../gql/graphql';
import { Choices } from '../../emergency/components/Choices';
import { FormFailure } from '../../emergency/components/FormFailure';
import { deviceId } from '../../records/labels';
import { InputField, TextArea } from '../../wards/components/fields';
import { formatShortDate } from '../dates';
import { adjustInput, writeOffInput } from '../forms';
import { usePharmacyError } from '../pharmacy-error';

type Lot = NonNullable<StockItemLevelQuery['stockLevels']['nodes'][number]>['lots'][number];

const REASONS: readonly WriteOffReason[] = ['EXPIRED', 'DAMAGED', 'OTHER'];

/**
 * A count correction (what is on the shelf, and why the books were wrong) or a write-off
 * (expired, damaged, other with a note) of one lot at the location shown. Each save carries a
 * new id made on the device.
 */
export function StockActions({ locationId, lots }: { locationId: string; lots: readonly Lot[] }) {
  const { t, i18n } = useTranslation();
  const pharmacyError = usePharmacyError();
  const [mode, setMode] = useState<'adjust' | 'writeOff'>('adjust');
  const [opId, setOpId] = useState(deviceId);
  const [lotId, setLotId] = useState('');
  const [counted, setCounted] = useState('');
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [writeOffReason, setWriteOffReason] = useState<WriteOffReason | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const refetchQueries = ['StockLevels', 'StockItemLevel', 'StockItemMovements'];
  const [adjust, adjusting] = useMutation(AdjustStockDocument, { refetchQueries });
  const [writeOff, writingOff] = useMutation(WriteOffStockDocument, { refetchQueries });
  const lot = lots.find((l) => l.lot.id === lotId);

  const problemsToErrors = (problems: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(problems).map(([k, v]) => [
        k,
        t(`pharmacy.errors.${v}` as 'pharmacy.errors.required'),
      ]),
    );

  function reset() {
    setOpId(deviceId());
    setCounted('');
    setQuantity('');
    setReason('');
    setNote('');
    setWriteOffReason('');
    setErrors({});
  }

  async function submit() {
    setFailure(null);
    setSuccess(null);
    const lotNumber = lot?.lot.lotNumber ?? '';
    try {
      if (mode === 'adjust') {
        const checked = adjustInput(opId, locationId, lotId, counted, reason);
        if (!checked.ok) {
          setErrors(problemsToErrors(checked.problems));
          return;
        }
        const { data } = await adjust({ variables: { input: checked.input } });
        const moved = data?.adjustStock.movements.length ?? 0;
        setSuccess(
          moved > 0
            ? t('pharmacy.adjusted', { lot: lotNumber })
            : t('pharmacy.adjustedSame', { lot: lotNumber }),
        );
      } else {
        const checked = writeOffInput(
          opId,
          locationId,
          lotId,
          quantity,
          writeOffReason,
          note,
          lot?.quantity ?? 0,
        );
        if (!checked.ok) {
          setErrors(problemsToErrors(checked.problems));
          return;
        }
        await writeOff({ variables: { input: checked.input } });
        setSuccess(t('pharmacy.writtenOff', { count: checked.input.quantity, lot: lotNumber }));
      }
      reset();
    } catch (e) {
      const read = pharmacyError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  const loading = adjusting.loading || writingOff.loading;
  return (
    <form
      className="cg-form"
      data-testid="stock-actions"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormFailure text={failure} />
      {success && <Notice kind="success">{success}</Notice>}
      <Choices
        legend={t('pharmacy.action')}
        testId="stock-action"
        value={mode}
        options={[
          { value: 'adjust', label: t('pharmacy.adjustChoice') },
          { value: 'writeOff', label: t('pharmacy.writeOffChoice') },
        ]}
        onChange={(m) => {
          setMode(m);
          setErrors({});
          setSuccess(null);
        }}
      />
      <SelectField
        name="actionLot"
        label={t('pharmacy.lotPick')}
        value={lotId}
        placeholder={t('app.choose')}
        error={errors.lotId}
        options={lots.map((l) => ({
          value: l.lot.id,
          label: `${t('pharmacy.lotPickOption', { lot: l.lot.lotNumber, count: l.quantity })} · ${formatShortDate(l.lot.expiryDate, i18n.language)}`,
        }))}
        onChange={(v) => {
          setLotId(v);
        }}
      />
      {mode === 'adjust' ? (
        <>
          <InputField
            name="counted"
            label={t('pharmacy.counted')}
            inputMode="numeric"
            value={counted}
            error={errors.countedQuantity}
            onChange={setCounted}
          />
          <TextArea
            name="adjustReason"
            label={t('pharmacy.reason')}
            value={reason}
            error={errors.reason}
            rows={2}
            onChange={setReason}
          />
        </>
      ) : (
        <>
          <InputField
            name="writeOffQuantity"
            label={t('pharmacy.quantityPlain')}
            inputMode="numeric"
            value={quantity}
            error={errors.quantity}
            onChange={setQuantity}
          />
          <Choices
            legend={t('pharmacy.writeOffReason')}
            testId="write-off-reason"
            value={writeOffReason}
            error={errors.reason}
            options={REASONS.map((r) => ({ value: r, label: t(`pharmacy.writeOffReasons.${r}`) }))}
            onChange={setWriteOffReason}
          />
          <TextArea
            name="writeOffNote"
            label={t('pharmacy.note')}
            value={note}
            error={errors.note}
            rows={2}
            onChange={setNote}
          />
        </>
      )}
      <IonButton type="submit" expand="block" disabled={loading} data-testid="stock-action-submit">
        {loading ? t('pharmacy.saving') : t('pharmacy.save')}
      </IonButton>
    </form>
  );
}
