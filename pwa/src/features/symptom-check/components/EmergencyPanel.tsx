import { IonButton, IonIcon } from '@ionic/react';
import { call, chatboxEllipsesOutline, warning } from 'ionicons/icons';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../assess';
import type { RedFlag } from '../types';

/**
 * The stop screen: call 15 or 112 now, with numbers one tap dials, a line of its own when a flag
 * names one (3114), what raised it, the nearest emergency department and 114 for those who
 * cannot speak. Red, but the words and the warning sign say it too.
 */
export function EmergencyPanel({
  flags,
  onUndo,
  headingRef,
}: {
  flags: readonly RedFlag[];
  onUndo: (() => void) | null;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t, i18n } = useTranslation();
  const lines = [
    ...new Map(
      flags.flatMap((f) => (f.helpline ? [[f.helpline.number, f.helpline]] : [])),
    ).values(),
  ];

  return (
    <section
      className="cg-sc-emergency"
      aria-labelledby="sc-emergency-title"
      data-testid="sc-emergency"
      data-flags={flags.map((f) => f.id).join(' ')}
    >
      <div role="alert">
        <h2 id="sc-emergency-title" ref={headingRef} tabIndex={-1}>
          <IonIcon icon={warning} aria-hidden="true" />
          {t('symptomCheck.emergency.title')}
        </h2>
        <p className="cg-sc-lead">{t('symptomCheck.emergency.lead')}</p>
      </div>
      <div className="cg-sc-calls">
        {lines.map((line) => (
          <a
            key={line.number}
            className="cg-sc-call cg-sc-call-line"
            href={`tel:${line.number}`}
            data-testid={`sc-call-${line.number}`}
          >
            <IonIcon icon={call} aria-hidden="true" />
            <span>
              <strong>{t('symptomCheck.emergency.callLine', { number: line.number })}</strong>
              <span className="cg-sc-call-detail">{inLanguage(line.label, i18n.language)}</span>
            </span>
          </a>
        ))}
        <a className="cg-sc-call" href="tel:15" data-testid="sc-call-15">
          <IonIcon icon={call} aria-hidden="true" />
          <strong>{t('symptomCheck.emergency.call15')}</strong>
        </a>
        <a className="cg-sc-call" href="tel:112" data-testid="sc-call-112">
          <IonIcon icon={call} aria-hidden="true" />
          <strong>{t('symptomCheck.emergency.call112')}</strong>
        </a>
      </div>
      <h3>{t('symptomCheck.emergency.because')}</h3>
      <ul className="cg-sc-flags">
        {flags.map((f) => (
          <li key={f.id} data-flag={f.id}>
            {inLanguage(f.label, i18n.language)}
          </li>
        ))}
      </ul>
      <p>{t('symptomCheck.emergency.department')}</p>
      <p className="cg-sc-deaf">
        <span>{t('symptomCheck.emergency.deaf')}</span>
        <a className="cg-sc-sms" href="sms:114" data-testid="sc-sms-114">
          <IonIcon icon={chatboxEllipsesOutline} aria-hidden="true" />
          {t('symptomCheck.emergency.text114')}
        </a>
      </p>
      {onUndo && (
        <IonButton fill="clear" color="dark" onClick={onUndo} data-testid="sc-undo">
          {t('symptomCheck.emergency.undo')}
        </IonButton>
      )}
    </section>
  );
}
