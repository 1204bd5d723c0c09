import { IonButton } from '@ionic/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workbox } from 'workbox-window';
import { whenWritesSettled } from './offline-source';

/**
 * Registers the service worker (production builds only) and, when a new version has been
 * downloaded and waits, offers to reload into it. Nothing reloads under the user's feet, nor
 * while the offline writes (the outbox) are being sent.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [wb, setWb] = useState<Workbox | null>(null);
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('workbox-window').then(({ Workbox }) => {
      if (cancelled) return;
      const workbox = new Workbox('/sw.js', { scope: '/' });
      workbox.addEventListener('waiting', () => {
        setWaiting(true);
      });
      workbox.addEventListener('controlling', (event) => {
        // Never while the offline writes are being sent: the reload waits for the end.
        if (!event.isUpdate) return;
        void whenWritesSettled().then(() => {
          window.location.reload();
        });
      });
      setWb(workbox);
      void workbox.register();
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!waiting) return null;
  return (
    <div className="cg-update" role="status" data-testid="update-prompt">
      <span>{t('app.updateAvailable')}</span>
      <IonButton
        size="small"
        color="light"
        onClick={() => {
          void whenWritesSettled().then(() => wb?.messageSkipWaiting());
        }}
      >
        {t('app.reload')}
      </IonButton>
    </div>
  );
}
