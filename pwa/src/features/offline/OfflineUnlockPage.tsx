import { IonButton, IonContent, IonPage, IonSpinner } from '@ionic/react';
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { useSessionManager } from '../../app/session/SessionContext';
import { Splash } from '../../app/Splash';
import { CodeField } from './CodeField';
import { packOnDevice, openPack } from './shift-offline';
import { startPageOf } from './start-page';
import { codeProblem } from './unlock-code';
import './offline.css';

type Phase = 'checking' | 'none' | 'locked' | 'wiped';

/**
 * What the app shows when it starts and the server cannot be reached: the unlock screen when
 * this phone holds a shift pack (the code; the 5th wrong one erases it, and each wrong one says
 * how many are left), else the usual "cannot reach the server" screen. Unlocked, the app opens
 * on the round (or the nurse's patients) read from the pack.
 */
export default function OfflineUnlockPage() {
  const { t } = useTranslation();
  const session = useSessionManager();
  const navigate = useNavigate();
  const [phase, setPhase] = useState<Phase>('checking');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const retry = () => void session.refresh();

  useEffect(() => {
    let cancelled = false;
    packOnDevice().then(
      (found) => {
        if (!cancelled) setPhase(found ? 'locked' : 'none');
      },
      () => {
        if (!cancelled) setPhase('none');
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const wrong = codeProblem(code);
    if (wrong) {
      setProblem(t(`offline.${wrong}`));
      return;
    }
    setBusy(true);
    try {
      const opened = await openPack(code);
      if (opened.ok) {
        const { user, pack } = opened.stored;
        // Where the app opens first, then the app: it renders that page and no other.
        navigate(`/app/${startPageOf(pack.kind)}`, { replace: true });
        session.enterOffline(user);
      } else if (opened.reason === 'wrongCode') {
        setProblem(t('offline.wrongCode', { count: opened.attemptsLeft }));
        setCode('');
      } else {
        setPhase('wiped');
      }
    } finally {
      setBusy(false);
    }
  }

  if (phase === 'none') return <Splash unreachable onRetry={retry} />;
  return (
    <IonPage>
      <IonContent>
        <main className="cg-splash cg-offline-unlock" data-testid="offline-unlock">
          <img src="/icons/icon-192.png" alt="" width="72" height="72" />
          <h1>{t('app.name')}</h1>
          {phase === 'checking' && <IonSpinner name="crescent" aria-label={t('app.loading')} />}
          {phase === 'locked' && (
            <form className="cg-offline-form" onSubmit={(e) => void submit(e)} noValidate>
              <h2>{t('offline.unlockTitle')}</h2>
              <p>{t('offline.unlockBody')}</p>
              <CodeField
                name="unlock-code"
                label={t('offline.code')}
                value={code}
                onChange={setCode}
              />
              {problem && (
                <div data-testid="unlock-problem">
                  <Notice kind="error">{problem}</Notice>
                </div>
              )}
              <IonButton type="submit" expand="block" disabled={busy} data-testid="unlock">
                {t('offline.unlock')}
              </IonButton>
            </form>
          )}
          {phase === 'wiped' && (
            <section className="cg-offline-form" data-testid="offline-wiped" role="alert">
              <h2>{t('offline.wipedTitle')}</h2>
              <p>{t('offline.wipedBody')}</p>
              <IonButton onClick={retry}>{t('offline.retry')}</IonButton>
            </section>
          )}
        </main>
      </IonContent>
    </IonPage>
  );
}
