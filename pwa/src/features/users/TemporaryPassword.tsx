import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The one time a temporary password is visible; it is never stored. */
export function TemporaryPassword({ password }: { password: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="cg-card" role="status" data-testid="temporary-password-card">
      <h2>{t('users.temporaryPassword')}</h2>
      <p className="cg-secret" data-testid="temporary-password">
        {password}
      </p>
      <p className="cg-muted">{t('users.temporaryPasswordHelp')}</p>
      <IonButton
        fill="outline"
        onClick={() => {
          void navigator.clipboard.writeText(password).then(() => {
            setCopied(true);
          });
        }}
      >
        {copied ? t('users.copied') : t('users.copy')}
      </IonButton>
    </div>
  );
}
