import { IonButton, IonIcon } from '@ionic/react';
import {
  alarmOutline,
  calendarClearOutline,
  calendarOutline,
  timeOutline,
  warningOutline,
} from 'ionicons/icons';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../assess';
import type { Reason, Urgency } from '../types';

const URGENCY_ICON: Record<Urgency, string> = {
  TODAY: alarmOutline,
  DAYS: timeOutline,
  WEEK: calendarOutline,
  ROUTINE: calendarClearOutline,
};

/** The orientation: who to see, how soon and why, and booking opened on that specialty. */
export function ResultPanel({
  specialty,
  specialtyName,
  general,
  urgency,
  reasons,
  online,
  onRestart,
  headingRef,
}: {
  specialty: string;
  specialtyName: string;
  /** General practice, offered beside a specialist. */
  general: string;
  urgency: Urgency;
  reasons: readonly Reason[];
  online: boolean;
  onRestart: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t, i18n } = useTranslation();
  const book = (code: string) => `/app/book?specialty=${encodeURIComponent(code)}`;

  return (
    <section
      className="cg-card cg-sc-result"
      aria-labelledby="sc-result-title"
      data-testid="sc-result"
      data-specialty={specialty}
      data-urgency={urgency}
    >
      <h2 id="sc-result-title" ref={headingRef} tabIndex={-1}>
        {t('symptomCheck.result.title')}
      </h2>
      <dl className="cg-sc-facts">
        <div>
          <dt>{t('symptomCheck.result.see')}</dt>
          <dd data-testid="sc-specialty">{specialtyName}</dd>
        </div>
        <div>
          <dt>{t('symptomCheck.result.when')}</dt>
          <dd>
            <span className={`cg-sc-urgency cg-sc-urgency-${urgency}`} data-testid="sc-urgency">
              <IonIcon icon={URGENCY_ICON[urgency]} aria-hidden="true" />
              {t(`symptomCheck.result.urgency.${urgency}`)}
            </span>
          </dd>
        </div>
      </dl>
      <h3>{t('symptomCheck.result.why')}</h3>
      <ul className="cg-sc-reasons" data-testid="sc-reasons">
        {reasons.map((r) => (
          <li key={r.id} data-reason={r.id}>
            {inLanguage(r.text, i18n.language)}
          </li>
        ))}
      </ul>
      {!online && (
        <p className="cg-muted" data-testid="sc-book-offline">
          {t('symptomCheck.result.bookOffline')}
        </p>
      )}
      <div className="cg-actions">
        <IonButton routerLink={book(specialty)} disabled={!online} data-testid="sc-book">
          {t('symptomCheck.result.book', { specialty: specialtyName })}
        </IonButton>
        {specialty !== general && (
          <IonButton
            fill="outline"
            routerLink={book(general)}
            disabled={!online}
            data-testid="sc-book-general"
          >
            {t('symptomCheck.result.bookGeneral')}
          </IonButton>
        )}
      </div>
      <p className="cg-sc-worse">
        <IonIcon icon={warningOutline} aria-hidden="true" />
        <span>{t('symptomCheck.result.worse')}</span>
      </p>
      <IonButton fill="clear" onClick={onRestart} data-testid="sc-restart">
        {t('symptomCheck.restart')}
      </IonButton>
    </section>
  );
}
