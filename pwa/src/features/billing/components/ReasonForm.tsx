import { IonButton } from '@ionic/react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../emergency/components/FormFailure';
import { TextArea } from '../../wards/components/fields';

/**
 * A small form that asks for a reason (and what else `children` adds) before an action the API
 * records with it: a refund, a price, a cancellation. `submit` returns the failure to show, or
 * the field errors, or nothing when it went through.
 */
export function ReasonForm({
  title,
  intro,
  reasonLabel,
  submitLabel,
  testId,
  children,
  confirm,
  busy,
  onCancel,
  onSubmit,
  fieldErrors = {},
  failure,
}: {
  title: string;
  intro?: string;
  reasonLabel: string;
  submitLabel: string;
  testId: string;
  children?: ReactNode;
  /** A confirmation the user must tick first (irreversible actions). */
  confirm?: string;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
  fieldErrors?: Record<string, string>;
  failure: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="cg-bill-inline cg-form"
      data-testid={testId}
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) {
          setMissing(true);
          return;
        }
        setMissing(false);
        onSubmit(reason.trim());
      }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {intro && <p className="cg-muted">{intro}</p>}
      <FormFailure text={failure} />
      {children}
      <TextArea
        name="reason"
        label={reasonLabel}
        value={reason}
        rows={2}
        error={missing ? t('billing.required') : fieldErrors.reason}
        onChange={setReason}
      />
      {confirm && (
        <label className="cg-bill-check">
          <input
            type="checkbox"
            name="confirm"
            checked={confirmed}
            onChange={(e) => {
              setConfirmed(e.target.checked);
            }}
          />
          <span>{confirm}</span>
        </label>
      )}
      <div className="cg-actions">
        <IonButton
          type="submit"
          disabled={busy || (confirm !== undefined && !confirmed)}
          data-testid={`${testId}-submit`}
        >
          {submitLabel}
        </IonButton>
        <IonButton fill="outline" onClick={onCancel}>
          {t('billing.cancel')}
        </IonButton>
      </div>
    </form>
  );
}
