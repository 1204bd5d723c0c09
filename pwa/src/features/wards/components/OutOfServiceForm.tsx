import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetBedStatusDocument } from '../../../gql/graphql';
import type { BoardTile } from '../bed-board';
import { useWardsError } from '../wards-error';
import { TextArea } from './fields';
import type { FlowProps } from './flow';

/** Takes an empty bed out of service, with the reason the board will show. */
export function OutOfServiceForm({ tile, onDone, onMessage }: FlowProps & { tile: BoardTile }) {
  const { t } = useTranslation();
  const wardsError = useWardsError();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [setStatus, { loading }] = useMutation(SetBedStatusDocument, {
    refetchQueries: ['BedBoard', 'Wards'],
  });

  async function submit() {
    onMessage(null);
    if (!reason.trim()) {
      setError(t('validation.required'));
      return;
    }
    setError(undefined);
    try {
      await setStatus({
        variables: {
          input: { bedId: tile.bedId, condition: 'OUT_OF_SERVICE', reason: reason.trim() },
        },
      });
      onDone(t('wards.bedStatus.outOfService', { label: tile.label }));
    } catch (e) {
      const failure = wardsError(e);
      setError(failure.fields.reason);
      onMessage(failure.message, failure.refresh);
    }
  }

  return (
    <form
      className="cg-form cg-ward-flow"
      data-testid="out-of-service-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="cg-flow-title">
        {t('wards.bedStatus.outOfServiceTitle', { label: tile.label })}
      </h3>
      <TextArea
        name="outOfServiceReason"
        label={t('wards.bedStatus.reason')}
        value={reason}
        error={error}
        onChange={setReason}
      />
      <IonButton
        type="submit"
        expand="block"
        color="medium"
        disabled={loading}
        data-testid="out-of-service-submit"
      >
        {t('wards.bedStatus.submit')}
      </IonButton>
    </form>
  );
}
