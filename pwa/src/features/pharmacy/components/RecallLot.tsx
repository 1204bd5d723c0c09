import { useMutation } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { banOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecallLotDocument } from '../../../gql/graphql';
import { FormFailure } from '../../emergency/components/FormFailure';
import { TextArea } from '../../wards/components/fields';
import { recallInput } from '../lot-trace';
import { usePharmacyError } from '../pharmacy-error';

/**
 * "Rappeler ce lot": the button opens what a recall does, the notice to give (required) and a
 * confirmation naming the lot; nothing is sent before the confirmation. The API answers a lot
 * already recalled as it stands, so a repeated confirmation tells nobody twice.
 */
export function RecallLot({
  lotId,
  lotNumber,
  onDone,
}: {
  lotId: string;
  lotNumber: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const pharmacyError = usePharmacyError();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [recall, { loading }] = useMutation(RecallLotDocument, {
    refetchQueries: ['LotTrace', 'StockItemLevel', 'StockLevels', 'StockAlerts'],
    awaitRefetchQueries: true,
  });

  async function confirm() {
    setFailure(null);
    const checked = recallInput(lotId, reason);
    if (!checked.ok) {
      setError(t(`pharmacy.errors.${checked.problems.reason ?? 'required'}`));
      return;
    }
    setError(undefined);
    try {
      await recall({ variables: { input: checked.input } });
      setOpen(false);
      onDone(t('pharmacy.recalledDone', { lot: lotNumber }));
    } catch (e) {
      const read = pharmacyError(e);
      setFailure(read.message);
      setError(read.fields.reason);
    }
  }

  if (!open) {
    return (
      <IonButton
        color="danger"
        fill="outline"
        data-testid="recall-open"
        onClick={() => {
          setOpen(true);
        }}
      >
        <IonIcon slot="start" icon={banOutline} aria-hidden="true" />
        {t('pharmacy.recall')}
      </IonButton>
    );
  }
  return (
    <form
      className="cg-form"
      data-testid="recall-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void confirm();
      }}
    >
      <FormFailure text={failure} />
      <p>{t('pharmacy.recallExplain')}</p>
      <TextArea
        name="recallReason"
        label={t('pharmacy.recallReason')}
        value={reason}
        error={error}
        rows={3}
        onChange={(v) => {
          setReason(v);
          setError(undefined);
        }}
      />
      <div className="cg-actions">
        <IonButton type="submit" color="danger" disabled={loading} data-testid="recall-confirm">
          <IonIcon slot="start" icon={banOutline} aria-hidden="true" />
          {loading ? t('pharmacy.recalling') : t('pharmacy.recallConfirm', { lot: lotNumber })}
        </IonButton>
        <IonButton
          fill="outline"
          disabled={loading}
          onClick={() => {
            setOpen(false);
            setError(undefined);
            setFailure(null);
          }}
        >
          {t('pharmacy.cancel')}
        </IonButton>
      </div>
    </form>
  );
}
