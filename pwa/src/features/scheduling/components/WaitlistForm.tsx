import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../app/components/Notice';
import { TextField } from '../../../app/components/TextField';
import { useWaitlistRequest } from '../use-waitlist-request';

/** Asks to be offered an earlier time with this doctor between two dates. */
export function WaitlistForm({
  patientId,
  practitionerId,
}: {
  patientId: string;
  practitionerId: string;
}) {
  const { t } = useTranslation();
  const waitlist = useWaitlistRequest(patientId, practitionerId);

  return (
    <section className="cg-card" aria-labelledby="waitlist-title" data-testid="waitlist-form">
      <h2 id="waitlist-title">{t('scheduling.book.waitlistTitle')}</h2>
      <p className="cg-muted">{t('scheduling.book.waitlistText')}</p>
      {waitlist.done ? (
        <Notice kind="success">{t('scheduling.book.waitlistDone')}</Notice>
      ) : (
        <form className="cg-form" onSubmit={waitlist.submit}>
          {waitlist.error && <Notice kind="error">{waitlist.error}</Notice>}
          <TextField
            name="fromDate"
            type="date"
            label={t('scheduling.book.waitlistFrom')}
            value={waitlist.fromDate}
            onChange={waitlist.setFromDate}
          />
          <TextField
            name="toDate"
            type="date"
            label={t('scheduling.book.waitlistTo')}
            value={waitlist.toDate}
            onChange={waitlist.setToDate}
          />
          <IonButton
            type="submit"
            fill="outline"
            disabled={waitlist.sending}
            data-testid="join-waitlist"
          >
            {t('scheduling.book.waitlistSubmit')}
          </IonButton>
        </form>
      )}
    </section>
  );
}
