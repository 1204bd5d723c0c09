import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddManualChargeDocument, type ActKind } from '../../../gql/graphql';
import { Choices } from '../../emergency/components/Choices';
import { FormFailure } from '../../emergency/components/FormFailure';
import { deviceId } from '../../records/labels';
import { InputField, TextArea } from '../../wards/components/fields';
import { useBillingError } from '../billing-error';
import { useMoney } from '../use-money';
import { checkAmount } from './amount-field';

/**
 * A charge the cashier enters by hand (a procedure, a certificate): kind, label, quantity, unit
 * price and why. Its id is made when the form opens, so a resend records it once.
 */
export function ManualChargeForm({
  patientId,
  onCancel,
  onDone,
}: {
  patientId: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const billingError = useBillingError(money);
  const [id] = useState(deviceId);
  const [kind, setKind] = useState<ActKind>('PROCEDURE');
  const [label, setLabel] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [unit, setUnit] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddManualChargeDocument, {
    refetchQueries: ['PatientBilling', 'BillingWorklist'],
    awaitRefetchQueries: true,
  });

  async function submit() {
    setFailure(null);
    const problems: Record<string, string> = {};
    if (!label.trim()) problems.label = t('billing.required');
    if (!reason.trim()) problems.reason = t('billing.required');
    const qty = /^\d{1,4}$/.test(quantity.trim()) ? Number(quantity.trim()) : Number.NaN;
    if (!(qty >= 1 && qty <= 1000)) problems.quantity = t('billing.quantityInvalid');
    const price = checkAmount(unit, money, t, { positive: false });
    if ('error' in price) problems.unitMinor = price.error;
    if (Object.keys(problems).length > 0 || 'error' in price) {
      setErrors(problems);
      return;
    }
    setErrors({});
    try {
      await add({
        variables: {
          input: {
            id,
            patientId,
            actKind: kind,
            label: label.trim(),
            quantity: qty,
            unitMinor: price.minor,
            reason: reason.trim(),
          },
        },
      });
      onDone();
    } catch (e) {
      const read = billingError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  return (
    <form
      className="cg-bill-inline cg-form"
      data-testid="manual-charge-form"
      aria-labelledby="manual-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="manual-title">{t('billing.manualTitle')}</h3>
      <FormFailure text={failure} />
      <Choices
        legend={t('billing.manualKind')}
        testId="manual-kind"
        value={kind}
        options={(['PROCEDURE', 'OTHER'] as const).map((k) => ({
          value: k,
          label: t(`billing.kinds.${k}`),
        }))}
        onChange={setKind}
      />
      <InputField
        name="label"
        label={t('billing.manualLabel')}
        value={label}
        error={errors.label}
        onChange={setLabel}
      />
      <div className="cg-bill-grid-2">
        <InputField
          name="quantity"
          label={t('billing.manualQuantity')}
          inputMode="numeric"
          value={quantity}
          error={errors.quantity}
          onChange={setQuantity}
        />
        <InputField
          name="unitPrice"
          label={t('billing.manualUnit', { currency: money.currency })}
          value={unit}
          error={errors.unitMinor}
          onChange={setUnit}
        />
      </div>
      <TextArea
        name="reason"
        label={t('billing.manualReason')}
        value={reason}
        rows={2}
        error={errors.reason}
        onChange={setReason}
      />
      <div className="cg-actions">
        <IonButton type="submit" disabled={loading} data-testid="manual-submit">
          {t('billing.manualSave')}
        </IonButton>
        <IonButton fill="outline" onClick={onCancel}>
          {t('billing.cancel')}
        </IonButton>
      </div>
    </form>
  );
}
