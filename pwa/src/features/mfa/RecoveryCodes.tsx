import { IonButton } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The one time the recovery codes are visible: copy or print them, then go on. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <section className="cg-card" role="status" aria-labelledby="codes-title">
      <h2 id="codes-title">{t('mfa.codesTitle')}</h2>
      <p>{t('mfa.codesIntro')}</p>
      <ol className="cg-codes" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c} className="cg-secret">
            {c}
          </li>
        ))}
      </ol>
      {copied && <p role="status">{t('mfa.copied')}</p>}
      <div className="cg-actions">
        <IonButton
          fill="outline"
          onClick={() => {
            void navigator.clipboard.writeText(codes.join('\n')).then(() => {
              setCopied(true);
            });
          }}
        >
          {t('mfa.copy')}
        </IonButton>
        <IonButton
          fill="outline"
          onClick={() => {
            window.print();
          }}
        >
          {t('mfa.print')}
        </IonButton>
      </div>
      <IonButton expand="block" onClick={onDone} data-testid="codes-done">
        {t('mfa.done')}
      </IonButton>
    </section>
  );
}
