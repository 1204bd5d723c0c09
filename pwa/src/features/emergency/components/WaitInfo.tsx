import { IonIcon } from '@ionic/react';
import { alarm, timeOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import type { TickedWait } from '../wait';

/**
 * Minutes waited against the target, and a missed target said in words with an icon (colour is
 * never the only signal). `stopped`: a doctor has seen the patient, the figure no longer moves.
 */
export function WaitInfo({ wait, stopped = false }: { wait: TickedWait; stopped?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="cg-ed-waitbox">
      <span
        className={`cg-ed-wait${wait.breached ? ' cg-ed-wait-late' : ''}`}
        data-testid="ed-wait"
        data-waited={wait.waitedMinutes}
      >
        <IonIcon icon={timeOutline} aria-hidden="true" />
        <span className="cg-ed-sr">
          {stopped
            ? t('emergency.waitStopped', {
                waited: wait.waitedMinutes,
                target: wait.targetMinutes,
              })
            : t('emergency.waitLong', { waited: wait.waitedMinutes, target: wait.targetMinutes })}
        </span>
        <span aria-hidden="true">
          {t('emergency.wait', { waited: wait.waitedMinutes, target: wait.targetMinutes })}
        </span>
      </span>
      {wait.breached ? (
        <span className="cg-ed-breach" data-testid="ed-breach">
          <IonIcon icon={alarm} aria-hidden="true" />
          {t('emergency.breached')}
        </span>
      ) : (
        !stopped &&
        wait.leftMinutes > 0 && (
          <span className="cg-ed-due">{t('emergency.dueIn', { n: wait.leftMinutes })}</span>
        )
      )}
    </span>
  );
}
