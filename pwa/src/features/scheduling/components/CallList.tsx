import { IonIcon, IonItem, IonLabel, IonList } from '@ionic/react';
import { callOutline } from 'ionicons/icons';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CancelPractitionerDayMutation } from '../../../gql/graphql';
import { formatWhen } from '../time';

type ToCall = CancelPractitionerDayMutation['cancelPractitionerDay'];

/** R4: the patients whose appointment was cancelled, with a tap-to-call link each. */
export function CallList({ patients }: { patients: ToCall }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // It appears after a confirmation, often far down the board: bring it into view.
    ref.current?.scrollIntoView({ block: 'start' });
  }, [patients]);
  return (
    <section ref={ref} className="cg-card" aria-labelledby="call-list" data-testid="call-list">
      <h2 id="call-list">{t('scheduling.callList.title')}</h2>
      {patients.length === 0 ? (
        <p className="cg-muted">{t('scheduling.callList.none')}</p>
      ) : (
        <>
          <p>{t('scheduling.callList.intro', { count: patients.length })}</p>
          <IonList lines="full">
            {patients.map((p) => (
              <IonItem key={p.appointment.id}>
                <IonLabel>
                  <h3>{p.patient.displayName}</h3>
                  <p>
                    {formatWhen(p.appointment.startsAt, i18n.language)} · {p.patient.mrn}
                  </p>
                  <p>{p.phone ?? t('scheduling.board.noPhone')}</p>
                </IonLabel>
                {p.phone && (
                  <a
                    slot="end"
                    className="cg-call"
                    href={`tel:${p.phone.replace(/[^+0-9]/g, '')}`}
                    aria-label={t('scheduling.callList.call', { name: p.patient.displayName })}
                  >
                    <IonIcon icon={callOutline} aria-hidden="true" />
                  </a>
                )}
              </IonItem>
            ))}
          </IonList>
        </>
      )}
    </section>
  );
}
