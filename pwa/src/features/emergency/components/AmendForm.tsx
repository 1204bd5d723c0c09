import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AmendEmergencyCaseDocument } from '../../../gql/graphql';
import { InputField, TextArea } from '../../wards/components/fields';
import { useEmergencyError } from '../emergency-error';
import { FormFailure } from './FormFailure';

/** Adds to a closed case: why, and what; the case itself does not change. */
export function AmendForm({
  caseId,
  onDone,
  onCancel,
}: {
  caseId: string;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const emergencyError = useEmergencyError();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [amend, { loading }] = useMutation(AmendEmergencyCaseDocument, {
    refetchQueries: ['EmergencyCase'],
  });

  async function submit() {
    setFailure(null);
    const local: Record<string, string> = {};
    if (!reason.trim()) local.reason = t('emergency.errors.required');
    if (!note.trim()) local.note = t('emergency.errors.required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await amend({ variables: { input: { caseId, reason: reason.trim(), note: note.trim() } } });
      onDone(t('emergency.amend.done'));
    } catch (e) {
      const read = emergencyError(e);
      setErrors(read.fields);
      setFailure(read.message);
    }
  }

  return (
    <form
      className="cg-card cg-form cg-ed-form"
      data-testid="ed-amend-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t('emergency.amend.title')}</h2>
      <FormFailure text={failure} />
      <InputField
        name="reason"
        label={t('emergency.amend.reason')}
        value={reason}
        error={errors.reason}
        onChange={setReason}
      />
      <TextArea
        name="note"
        label={t('emergency.amend.note')}
        value={note}
        error={errors.note}
        rows={4}
        onChange={setNote}
      />
      <div className="cg-actions">
        <IonButton type="submit" size="large" disabled={loading} data-testid="ed-amend-submit">
          {t('emergency.amend.submit')}
        </IonButton>
        <IonButton fill="outline" size="large" onClick={onCancel}>
          {t('emergency.actions.cancel')}
        </IonButton>
      </div>
    </form>
  );
}
