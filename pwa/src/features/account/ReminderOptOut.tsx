import { useMutation } from '@apollo/client/react';
import { IonToggle } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { useErrorText } from '../../app/use-error-text';
import { SetReminderOptOutDocument } from '../../gql/graphql';

/** The patient's switch for appointment reminders by mail (on unless they opted out). */
export function ReminderOptOut({ optedOut }: { optedOut: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [save, { loading }] = useMutation(SetReminderOptOutDocument);

  return (
    <>
      <IonToggle
        name="reminders"
        checked={!optedOut}
        disabled={loading}
        labelPlacement="start"
        justify="space-between"
        className="cg-toggle"
        data-testid="reminders-toggle"
        onIonChange={(e) => {
          setMessage(null);
          save({ variables: { optOut: !e.detail.checked } })
            .then(() => {
              setMessage({ ok: true, text: t('account.remindersSaved') });
            })
            .catch((error: unknown) => {
              setMessage({ ok: false, text: errorText.message(errorText.info(error)) });
            });
        }}
      >
        {t('account.reminders')}
      </IonToggle>
      <p className="cg-muted">{t('account.remindersHelp')}</p>
      {message && <Notice kind={message.ok ? 'success' : 'error'}>{message.text}</Notice>}
    </>
  );
}
