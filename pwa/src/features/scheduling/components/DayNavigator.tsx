import { IonButton, IonIcon } from '@ionic/react';
import { chevronBackOutline, chevronForwardOutline } from 'ionicons/icons';
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../time';

/**
 * The day shown on a board or agenda: previous and next day around it, and a way back to today
 * when elsewhere. `children` stands between the arrows (the day's title, or a date field);
 * `after` follows the row (the day board's practitioner filter).
 */
export function DayNavigator({
  date,
  today,
  setDate,
  testId,
  after,
  children,
}: {
  date: string;
  today: string;
  setDate: Dispatch<SetStateAction<string>>;
  testId?: string;
  after?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="cg-toolbar-row" data-testid={testId}>
      <IonButton
        fill="outline"
        aria-label={t('scheduling.board.previousDay')}
        onClick={() => {
          setDate((d) => addDays(d, -1));
        }}
      >
        <IonIcon slot="icon-only" icon={chevronBackOutline} aria-hidden="true" />
      </IonButton>
      {children}
      <IonButton
        fill="outline"
        aria-label={t('scheduling.board.nextDay')}
        onClick={() => {
          setDate((d) => addDays(d, 1));
        }}
      >
        <IonIcon slot="icon-only" icon={chevronForwardOutline} aria-hidden="true" />
      </IonButton>
      {date !== today && (
        <IonButton
          fill="clear"
          onClick={() => {
            setDate(today);
          }}
        >
          {t('scheduling.board.today')}
        </IonButton>
      )}
      {after}
    </div>
  );
}
