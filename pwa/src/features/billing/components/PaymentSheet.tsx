import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BillingInvoiceSummaryFragment,
  BillingPaymentFieldsFragment,
  PaymentMethod,
} from '../../../gql/graphql';
import { RecordPaymentDocument } from '../../../gql/graphql';
import { Choices } from '../../emergency/components/Choices';
import { FormFailure } from '../../emergency/components/FormFailure';
import { deviceId } from '../../records/labels';
import { InputField } from '../../wards/components/fields';
import { useBillingError } from '../billing-error';
import { needsReference, owedFor, paymentMethods } from '../invoice-state';
import { amountToInput } from '../money';
import { useMoney } from '../use-money';
import { checkAmount } from './amount-field';

/**
 * The payment sheet: the method, the amount (what is owed on the share that method pays,
 * prefilled) and the reference a card, a transfer or mobile money needs. Its id is made when the
 * sheet opens and kept until the server answers, so a double tap or a resend records once.
 */
export function PaymentSheet({
  invoice,
  onCancel,
  onDone,
}: {
  invoice: BillingInvoiceSummaryFragment;
  onCancel: () => void;
  onDone: (payment: BillingPaymentFieldsFragment) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { money, fmt } = useMoney();
  const billingError = useBillingError(money);
  const [id] = useState(deviceId);
  const methods = paymentMethods(invoice);
  const [method, setMethod] = useState<PaymentMethod>(methods[0] ?? 'CASH');
  const [amount, setAmount] = useState(() => amountToInput(owedFor(invoice, method), money, lang));
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordPaymentDocument, {
    refetchQueries: ['Invoice', 'PatientBilling', 'BillingWorklist', 'CashUpPreview'],
    awaitRefetchQueries: true,
  });
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);

  async function submit() {
    setFailure(null);
    const problems: Record<string, string> = {};
    const checked = checkAmount(amount, money, t);
    if ('error' in checked) problems.amountMinor = checked.error;
    if (needsReference(method) && !reference.trim()) {
      problems.reference = t('billing.errors.referenceRequired');
    }
    if (Object.keys(problems).length > 0 || 'error' in checked) {
      setErrors(problems);
      return;
    }
    setErrors({});
    try {
      const { data } = await record({
        variables: {
          input: {
            id,
            invoiceId: invoice.id,
            method,
            amountMinor: checked.minor,
            reference: needsReference(method) ? reference.trim() : null,
          },
        },
      });
      if (data) onDone(data.recordPayment);
    } catch (e) {
      const read = billingError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  return (
    <form
      ref={ref}
      className="cg-card cg-form cg-bill-sheet"
      data-testid="payment-sheet"
      data-payment-id={id}
      aria-labelledby="pay-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="pay-title">{t('billing.paySheetTitle')}</h2>
      <FormFailure text={failure} />
      <Choices
        legend={t('billing.method')}
        testId="pay-method"
        grid
        value={method}
        options={methods.map((m) => ({ value: m, label: t(`billing.methods.${m}`) }))}
        onChange={(m) => {
          setMethod(m);
          setAmount(amountToInput(owedFor(invoice, m), money, lang));
          setErrors({});
        }}
      />
      <InputField
        name="amount"
        label={t('billing.payAmount', { currency: money.currency })}
        inputMode={money.minorDigits > 0 ? 'text' : 'numeric'}
        value={amount}
        error={errors.amountMinor}
        hint={t('billing.payOwed', { amount: fmt(owedFor(invoice, method)) })}
        onChange={setAmount}
      />
      {needsReference(method) && (
        <InputField
          name="reference"
          label={t('billing.payReference')}
          value={reference}
          error={errors.reference}
          onChange={setReference}
        />
      )}
      <div className="cg-actions">
        <IonButton type="submit" size="large" disabled={loading} data-testid="pay-submit">
          {loading ? t('billing.paying') : t('billing.paySubmit')}
        </IonButton>
        <IonButton fill="outline" size="large" onClick={onCancel}>
          {t('billing.cancel')}
        </IonButton>
      </div>
    </form>
  );
}
