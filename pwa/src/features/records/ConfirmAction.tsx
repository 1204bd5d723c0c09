import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { TextArea } from './fields';

/**
 * A record action confirmed in place, as on the administration record: the button opens a
 * confirm / cancel pair, with a required reason when the action needs one.
 */
export function ConfirmAction({
  label,
  confirmLabel,
  reasonLabel,
  testId,
  danger = false,
  onConfirm,
}: {
  /** The button that opens the confirmation. */
  label: string;
  /** The confirming button; defaults to `label`. */
  confirmLabel?: string;
  /** When set, a reason is asked for and required. */
  reasonLabel?: string;
  testId: string;
  danger?: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    if (reasonLabel && !reason.trim()) {
      setError(t('records.medications.reasonRequired'));
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
      setOpen(false);
      setReason('');
    } catch (e) {
      setError(errorText.message(errorText.info(e)));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <IonButton
        className="cg-rec-act"
        fill="outline"
        color={danger ? 'danger' : undefined}
        data-testid={testId}
        onClick={() => {
          setOpen(true);
        }}
      >
        {label}
      </IonButton>
    );
  }
  return (
    <div className="cg-rec-confirm" data-testid={`${testId}-panel`}>
      {reasonLabel && (
        <TextArea
          name={`${testId}-reason`}
          label={reasonLabel}
          value={reason}
          onChange={setReason}
        />
      )}
      <div className="cg-rec-confirm-buttons">
        <IonButton
          className="cg-rec-act"
          color={danger ? 'danger' : undefined}
          disabled={busy}
          data-testid={`${testId}-confirm`}
          onClick={() => void confirm()}
        >
          {confirmLabel ?? label}
        </IonButton>
        <IonButton
          className="cg-rec-act"
          fill="clear"
          disabled={busy}
          onClick={() => {
            setOpen(false);
            setError(null);
          }}
        >
          {t('records.medications.cancel')}
        </IonButton>
      </div>
      {error && (
        <p className="cg-error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
