import { useApolloClient } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { cloudDoneOutline } from 'ionicons/icons';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { formatTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useOnline } from '../../app/use-online';
import { CodeField } from './CodeField';
import { sayLater, usePackStatus } from './pack-status';
import { codeProblem } from './unlock-code';
import './offline.css';

/**
 * The shift pack on the round and patients lists: the offer to take the shift offline (a 6-digit
 * code, twice; "later" hides it for this visit), or to unlock the pack this phone holds so that
 * it stays up to date; once unlocked, how fresh it is ("Available offline — data from 07:42").
 * Offline, the banner above every screen says it instead.
 */
export function OfflineShiftCard() {
  const { t, i18n } = useTranslation();
  const status = usePackStatus();
  const online = useOnline();
  if (!online) return null;
  if (status.state === 'ready') {
    return (
      <p className="cg-pack-fresh" role="status" data-testid="pack-freshness">
        <IonIcon icon={cloudDoneOutline} aria-hidden="true" />
        {t('offline.ready', { time: formatTime(status.asOf, i18n.language) })}
      </p>
    );
  }
  if (status.state === 'offer' || status.state === 'locked') {
    return <TakeOfflineForm mode={status.state === 'offer' ? 'take' : 'unlock'} />;
  }
  return null;
}

function TakeOfflineForm({ mode }: { mode: 'take' | 'unlock' }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { user } = useSession();
  const [code, setCode] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const wrong = codeProblem(code, mode === 'take' ? confirm : undefined);
    setProblem(wrong ? t(`offline.${wrong}`) : null);
    setFailure(null);
    if (wrong || !user) return;
    setBusy(true);
    try {
      // The vault (IndexedDB, WebCrypto) loads only when a code is given.
      const { takePack, openPack } = await import('./shift-offline');
      if (mode === 'take') {
        await takePack(client, user, code);
        return;
      }
      const opened = await openPack(code);
      if (!opened.ok && opened.reason === 'wrongCode') {
        setFailure(t('offline.wrongCode', { count: opened.attemptsLeft }));
        setCode('');
      }
    } catch {
      setFailure(t('offline.takeFailed'));
    } finally {
      setBusy(false);
    }
  }

  const titleId = `cg-offline-${mode}-title`;
  return (
    <section
      className="cg-card cg-offline-card"
      aria-labelledby={titleId}
      data-testid="offline-offer"
    >
      <form className="cg-offline-form" onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={titleId}>
          {t(mode === 'take' ? 'offline.offerTitle' : 'offline.unlockOfferTitle')}
        </h2>
        <p>{t(mode === 'take' ? 'offline.offerBody' : 'offline.unlockOfferBody')}</p>
        <CodeField
          name="offline-code"
          label={t('offline.code')}
          value={code}
          onChange={setCode}
          helper={mode === 'take' ? t('offline.codeHelper') : undefined}
          error={problem && mode === 'unlock' ? problem : undefined}
        />
        {mode === 'take' && (
          <CodeField
            name="offline-code-confirm"
            label={t('offline.confirmCode')}
            value={confirm}
            onChange={setConfirm}
            error={problem ?? undefined}
          />
        )}
        {failure && <Notice kind="error">{failure}</Notice>}
        <div className="cg-offline-actions">
          <IonButton type="submit" disabled={busy} data-testid="offline-take">
            {busy ? t('offline.taking') : t(mode === 'take' ? 'offline.take' : 'offline.unlock')}
          </IonButton>
          <IonButton fill="clear" onClick={sayLater} data-testid="offline-later">
            {t('offline.later')}
          </IonButton>
        </div>
      </form>
    </section>
  );
}
