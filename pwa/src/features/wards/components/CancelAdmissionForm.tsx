import { useMutation } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { warningOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelAdmissionDocument } from '../../../gql/graphql';
import type { BoardOccupant } from '../bed-board';
import { useWardsError } from '../wards-error';
import { TextArea } from './fields';
import type { FlowProps } from './flow';

/**
 * Cancels an admission entered in error: the warning, the reason, then a second, explicit
 * confirmation, since the stay then counts as never having happened.
 */
export function CancelAdmissionForm({
  occupant,
  onDone,
  onMessage,
}: FlowProps & { occupant: BoardOccupant }) {
  const { t } = useTranslation();
  const wardsError = useWardsError();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [cancel, { loading }] = useMutation(CancelAdmissionDocument, {
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
      await cancel({
        variables: { input: { admissionId: occupant.admissionId, reason: reason.trim() } },
      });
      onDone(t('wards.cancel.done', { name: occupant.name }));
    } catch (e) {
      const failure = wardsError(e);
      setError(failure.fields.reason);
      onMessage(failure.message, failure.refresh);
    }
  }

  return (
    <form
      className="cg-form cg-ward-flow"
      data-testid="cancel-admission-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="cg-flow-title">{t('wards.cancel.title', { name: occupant.name })}</h3>
      <p className="cg-warning-text">
        <IonIcon icon={warningOutline} aria-hidden="true" />
        <span>{t('wards.cancel.warning')}</span>
      </p>
      <TextArea
        name="cancelReason"
        label={t('wards.cancel.reason')}
        value={reason}
        error={error}
        onChange={setReason}
      />
      <IonButton
        type="submit"
        expand="block"
        color="danger"
        disabled={loading}
        data-testid="cancel-admission-submit"
      >
        {t('wards.cancel.submit')}
      </IonButton>
    </form>
  );
}
