import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PriceChargeDocument } from '../../../gql/graphql';
import { InputField } from '../../wards/components/fields';
import { useBillingError } from '../billing-error';
import { useMoney } from '../use-money';
import { checkAmount } from './amount-field';
import { ReasonForm } from './ReasonForm';

/** Prices a charge that had no tariff on its day (or corrects a price), with a reason. */
export function PriceChargeForm({
  chargeId,
  label,
  onCancel,
  onDone,
}: {
  chargeId: string;
  label: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const billingError = useBillingError(money);
  const [unit, setUnit] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [price, { loading }] = useMutation(PriceChargeDocument, {
    refetchQueries: ['PatientBilling', 'BillingWorklist'],
    awaitRefetchQueries: true,
  });
  return (
    <ReasonForm
      title={t('billing.priceTitle', { label })}
      reasonLabel={t('billing.priceReason')}
      submitLabel={t('billing.priceSave')}
      testId="price-form"
      busy={loading}
      failure={failure}
      fieldErrors={errors}
      onCancel={onCancel}
      onSubmit={(reason) => {
        const checked = checkAmount(unit, money, t, { positive: false });
        if ('error' in checked) {
          setErrors({ unitMinor: checked.error });
          return;
        }
        setErrors({});
        setFailure(null);
        price({ variables: { input: { chargeId, unitMinor: checked.minor, reason } } })
          .then(onDone)
          .catch((e: unknown) => {
            const read = billingError(e);
            setErrors(read.fields);
            setFailure(read.message);
          });
      }}
    >
      <InputField
        name="unitPrice"
        label={t('billing.manualUnit', { currency: money.currency })}
        value={unit}
        error={errors.unitMinor}
        onChange={setUnit}
      />
    </ReasonForm>
  );
}
