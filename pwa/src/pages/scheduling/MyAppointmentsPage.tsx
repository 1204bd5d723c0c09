import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  IonButton,
  IonIcon,
  IonLabel,
  IonSegment,
  IonSegmentButton,
  IonSpinner,
} from '@ionic/react';
import { addOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { AppointmentTime } from '../../features/scheduling/components/AppointmentTime';
import { StatusBadge } from '../../features/scheduling/components/StatusBadge';
import { specialtyLabel } from '../../features/scheduling/labels';
import { formatDay, formatLocalDate, formatWhen } from '../../features/scheduling/time';
import { useCancelAppointment } from '../../features/scheduling/use-cancel-appointment';
import { useLiveAgenda } from '../../features/scheduling/use-live-agenda';
import { useNow } from '../../features/scheduling/use-now';
import { useSchedulingError } from '../../features/scheduling/use-scheduling-error';
import '../../features/scheduling/scheduling.css';
import {
  AcceptWaitlistOfferDocument,
  AppointmentsDocument,
  CancelWaitlistRequestDocument,
  WaitlistDocument,
  type AppointmentFieldsFragment,
} from '../../gql/graphql';

/** Online cancellation closes this long before the appointment (the API's default notice). */
const CANCEL_NOTICE_MS = 2 * 3_600_000;
const UPCOMING = ['SCHEDULED', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS'] as const;

/** A patient's own appointments, upcoming first, with cancellation within policy and the waitlist. */
export default function MyAppointmentsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'upcoming' | 'past'>('upcoming');
  const [now] = useState(() => new Date().toISOString());
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const upcoming = useQuery(AppointmentsDocument, {
    variables: { filter: { from: now, statuses: [...UPCOMING] }, first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const past = useQuery(
    AppointmentsDocument,
    tab === 'past' ? { variables: { filter: { to: now }, first: 50 } } : skipToken,
  );
  useLiveAgenda(() => upcoming.refetch());

  const list = tab === 'upcoming' ? upcoming : past;
  const nodes = list.data?.appointments.nodes ?? [];
  const shown = tab === 'past' ? [...nodes].reverse() : nodes;

  return (
    <PageLayout title={t('scheduling.mine.title')}>
      <IonButton expand="block" routerLink="/app/book" data-testid="book-new">
        <IonIcon slot="start" icon={addOutline} aria-hidden="true" />
        {t('scheduling.mine.book')}
      </IonButton>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <IonSegment
        value={tab}
        onIonChange={(e) => {
          setTab(e.detail.value === 'past' ? 'past' : 'upcoming');
        }}
        aria-label={t('scheduling.mine.title')}
      >
        <IonSegmentButton value="upcoming" data-testid="tab-upcoming">
          <IonLabel>{t('scheduling.mine.upcoming')}</IonLabel>
        </IonSegmentButton>
        <IonSegmentButton value="past" data-testid="tab-past">
          <IonLabel>{t('scheduling.mine.past')}</IonLabel>
        </IonSegmentButton>
      </IonSegment>
      {list.loading && !list.data && <IonSpinner aria-label={t('app.loading')} />}
      {list.data && shown.length === 0 && (
        <p className="cg-muted">
          {tab === 'upcoming' ? t('scheduling.mine.emptyUpcoming') : t('scheduling.mine.emptyPast')}
        </p>
      )}
      {tab === 'past' && (
        <IonButton
          fill="outline"
          expand="block"
          routerLink="/app/visit-history"
          data-testid="visit-history-link"
        >
          {t('scheduling.visits.link')}
        </IonButton>
      )}
      <ul className="cg-plain-list" data-testid={`appointments-${tab}`}>
        {shown.map((a) => (
          <AppointmentCard
            key={a.id}
            appointment={a}
            cancellable={tab === 'upcoming'}
            onMessage={setMessage}
          />
        ))}
      </ul>
      <WaitlistSection onMessage={setMessage} />
    </PageLayout>
  );
}

function AppointmentCard({
  appointment: a,
  cancellable,
  onMessage,
}: {
  appointment: AppointmentFieldsFragment;
  cancellable: boolean;
  onMessage: (m: { kind: 'error' | 'success'; text: string }) => void;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const cancel = useCancelAppointment('patient', onMessage);
  const open = a.status === 'SCHEDULED' || a.status === 'CONFIRMED';
  const tooLate = new Date(a.startsAt).getTime() - now < CANCEL_NOTICE_MS;

  return (
    <li
      className="cg-card"
      data-testid="my-appointment"
      data-id={a.id}
      data-starts-at={a.startsAt}
      data-status={a.status}
    >
      <div className="cg-appt-head">
        <span>
          <span className="cg-day-title">{formatDay(a.startsAt, i18n.language)}</span>{' '}
          <AppointmentTime startsAt={a.startsAt} originalStartsAt={a.originalStartsAt} />
        </span>
        <StatusBadge status={a.status} />
      </div>
      <p className="cg-appt-who">{a.practitioner.displayName}</p>
      <p className="cg-appt-meta">
        {specialtyLabel(a.practitioner.specialtyInfo, i18n.language)} · {a.reason}
      </p>
      {cancellable && open && (
        <div className="cg-appt-actions">
          {tooLate ? (
            <p className="cg-muted" data-testid="call-to-cancel">
              {t('scheduling.mine.callToCancel')}
            </p>
          ) : (
            <IonButton
              color="danger"
              fill="outline"
              disabled={cancel.cancelling}
              onClick={() => {
                cancel.ask(a, a.practitioner.displayName);
              }}
              data-testid="cancel-appointment"
            >
              {t('scheduling.mine.cancel')}
            </IonButton>
          )}
        </div>
      )}
    </li>
  );
}

function WaitlistSection({
  onMessage,
}: {
  onMessage: (m: { kind: 'error' | 'success'; text: string }) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const schedulingError = useSchedulingError();
  const { data } = useQuery(WaitlistDocument, { variables: {} });
  const [accept, accepting] = useMutation(AcceptWaitlistOfferDocument, {
    refetchQueries: ['Waitlist', 'Appointments'],
  });
  const [leave] = useMutation(CancelWaitlistRequestDocument, { refetchQueries: ['Waitlist'] });
  const requests = data?.waitlist ?? [];

  return (
    <section className="cg-card" aria-labelledby="waitlist" data-testid="waitlist">
      <h2 id="waitlist">{t('scheduling.mine.waitlist')}</h2>
      {requests.length === 0 && <p className="cg-muted">{t('scheduling.mine.waitlistEmpty')}</p>}
      <ul className="cg-plain-list">
        {requests.map((w) => (
          <li key={w.id} className="cg-appt" data-testid="waitlist-request">
            <div className="cg-appt-head">
              <span>
                {t('scheduling.mine.waitingFor', {
                  who: w.practitioner?.displayName ?? w.specialty ?? '',
                  from: formatLocalDate(w.fromDate, lang),
                  to: formatLocalDate(w.toDate, lang),
                })}
              </span>
              <span className="cg-badge">{t(`scheduling.mine.waitlistStatus.${w.status}`)}</span>
            </div>
            {w.offer?.status === 'PENDING' && (
              <p>
                {t('scheduling.mine.offer', {
                  when: formatWhen(w.offer.startsAt, lang),
                  until: formatWhen(w.offer.expiresAt, lang),
                })}
              </p>
            )}
            <div className="cg-appt-actions">
              {w.offer?.status === 'PENDING' && (
                <IonButton
                  disabled={accepting.loading}
                  data-testid="accept-offer"
                  onClick={() => {
                    const when = formatWhen(w.offer?.startsAt ?? '', lang);
                    accept({ variables: { input: { id: w.offer?.id ?? '' } } }).then(
                      () => {
                        onMessage({
                          kind: 'success',
                          text: t('scheduling.mine.accepted', { when }),
                        });
                      },
                      (e: unknown) => {
                        onMessage({ kind: 'error', text: schedulingError(e) });
                      },
                    );
                  }}
                >
                  {t('scheduling.mine.accept')}
                </IonButton>
              )}
              <IonButton
                fill="outline"
                color="medium"
                onClick={() => {
                  leave({ variables: { input: { id: w.id } } }).catch((e: unknown) => {
                    onMessage({ kind: 'error', text: schedulingError(e) });
                  });
                }}
              >
                {t('scheduling.mine.leaveWaitlist')}
              </IonButton>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
