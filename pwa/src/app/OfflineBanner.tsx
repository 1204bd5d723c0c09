import { IonIcon } from '@ionic/react';
import { cloudOfflineOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { formatTime } from './format';
import { useReadingOffline } from './offline-source';
import { useOnline } from './use-online';

/**
 * A strip above every screen while the device is offline; when the screens read the device's
 * offline data, it says how fresh they are ("Hors ligne — données de 07:42").
 */
export function OfflineBanner() {
  const online = useOnline();
  const source = useReadingOffline();
  const { t, i18n } = useTranslation();
  if (online) return null;
  return (
    <div className="cg-offline" role="status" data-testid="offline-banner">
      <IonIcon icon={cloudOfflineOutline} aria-hidden="true" />
      <span>
        {source
          ? t('offline.bannerAsOf', { time: formatTime(source.asOf, i18n.language) })
          : t('app.offlineBanner')}
      </span>
    </div>
  );
}
