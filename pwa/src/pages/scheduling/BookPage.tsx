import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { languageNames, specialtyLabel } from '../../features/scheduling/labels';
import {
  addDays,
  formatLocalDate,
  formatTime,
  formatWhen,
  groupByDay,
  localDate,
} from '../../features/scheduling/time';
import { useSchedulingError } from '../../features/scheduling/use-scheduling-error';
import '../../features/scheduling/scheduling.css';
import {
  AvailableSlotsDocument,
  BookAppointmentDocument,
  MeDocument,
  PractitionersDocument,
  RequestWaitlistDocument,
  SpecialtiesDocument,
  type SpecialtiesQuery,
} from '../../gql/graphql';

const HORIZON_DAYS = 14;

type Specialty = SpecialtiesQuery['specialties'][number];
interface Chosen {
  practitionerId: string;
  name: string;
  startsAt: string;
}

/**
 * R17: a patient books in three taps — specialty, a doctor's time, confirm — with the doctor's
 * next free time on their card, and every other time one tap away.
 */
export default function BookPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const schedulingError = useSchedulingError();
  const errorText = useErrorText();
  const me = useQuery(MeDocument);
  const patientId = me.data?.me.patient?.id;
  const specialties = useQuery(SpecialtiesDocument);
  // Only specialties someone practises: a patient should never tap into an empty list.
  const everyone = useQuery(PractitionersDocument, { variables: { first: 100 } });
  const practised = everyone.data?.practitioners.pageInfo.hasNextPage
    ? null
    : new Set(everyone.data?.practitioners.nodes.filter((p) => p.active).map((p) => p.specialty));
  const [specialty, setSpecialty] = useState<Specialty | null>(null);
  const [practitionerId, setPractitionerId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [reason, setReason] = useState(() => t('scheduling.book.defaultReason'));
  const [error, setError] = useState<string | null>(null);
  const [booked, setBooked] = useState<Chosen | null>(null);
  const [window_, setWindow] = useState(() => {
    const from = new Date();
    return {
      from: from.toISOString(),
      to: new Date(from.getTime() + HORIZON_DAYS * 86_400_000).toISOString(),
    };
  });

  const practitioners = useQuery(
    PractitionersDocument,
    specialty ? { variables: { specialty: specialty.code, first: 50 } } : skipToken,
  );
  const slots = useQuery(
    AvailableSlotsDocument,
    specialty
      ? {
          variables: { specialty: specialty.code, from: window_.from, to: window_.to },
          fetchPolicy: 'network-only',
        }
      : skipToken,
  );
  const [book, booking] = useMutation(BookAppointmentDocument, {
    refetchQueries: ['Appointments'],
  });

  const slotsByPractitioner = useMemo(
    () => new Map((slots.data?.availableSlots ?? []).map((p) => [p.practitioner.id, p.slots])),
    [slots.data],
  );
  const activePractitioners = (practitioners.data?.practitioners.nodes ?? []).filter(
    (p) => p.active,
  );
  const current = activePractitioners.find((p) => p.id === practitionerId);

  function refreshSlots() {
    const from = new Date();
    setWindow({
      from: from.toISOString(),
      to: new Date(from.getTime() + HORIZON_DAYS * 86_400_000).toISOString(),
    });
  }

  async function confirm() {
    if (!chosen || !patientId) return;
    setError(null);
    try {
      await book({
        variables: {
          input: {
            patientId,
            practitionerId: chosen.practitionerId,
            startsAt: chosen.startsAt,
            reason: reason.trim() || t('scheduling.book.defaultReason'),
          },
        },
      });
      setBooked(chosen);
      setChosen(null);
    } catch (e) {
      setError(schedulingError(e));
      setChosen(null);
      refreshSlots();
    }
  }

  function restart() {
    setBooked(null);
    setChosen(null);
    setPractitionerId(null);
    setSpecialty(null);
    setError(null);
  }

  let body;
  if (booked) {
    body = (
      <section className="cg-card" data-testid="booked">
        <Notice kind="success">
          {t('scheduling.book.booked', {
            when: formatWhen(booked.startsAt, lang),
            name: booked.name,
          })}
        </Notice>
        <div className="cg-actions">
          <IonButton routerLink="/app/appointments" data-testid="see-mine">
            {t('scheduling.book.seeMine')}
          </IonButton>
          <IonButton fill="outline" onClick={restart}>
            {t('scheduling.book.another')}
          </IonButton>
        </div>
      </section>
    );
  } else if (chosen) {
    body = (
      <section className="cg-card" aria-labelledby="confirm-title" data-testid="confirm-step">
        <h2 id="confirm-title">{t('scheduling.book.step4')}</h2>
        <p className="cg-summary">
          <strong>{formatWhen(chosen.startsAt, lang)}</strong>
          <br />
          {t('scheduling.book.with', { name: chosen.name })}
          {specialty && <> · {specialtyLabel(specialty, lang)}</>}
        </p>
        <p className="cg-muted">{t('scheduling.timeZoneNote')}</p>
        <TextField
          name="reason"
          label={t('scheduling.reason')}
          value={reason}
          onChange={setReason}
        />
        <div className="cg-actions">
          <IonButton
            data-testid="confirm-booking"
            disabled={booking.loading || !patientId}
            onClick={() => void confirm()}
          >
            {booking.loading ? t('scheduling.book.booking') : t('scheduling.book.submit')}
          </IonButton>
          <IonButton
            fill="outline"
            onClick={() => {
              setChosen(null);
            }}
          >
            {t('scheduling.back')}
          </IonButton>
        </div>
      </section>
    );
  } else if (specialty && current) {
    const list = slotsByPractitioner.get(current.id) ?? [];
    body = (
      <>
        <div className="cg-toolbar-row">
          <IonButton
            fill="clear"
            onClick={() => {
              setPractitionerId(null);
            }}
          >
            {t('scheduling.book.changePractitioner')}
          </IonButton>
        </div>
        <h2 className="cg-step-title">
          {t('scheduling.book.step3')} — {current.displayName}
        </h2>
        <p className="cg-muted">{t('scheduling.timeZoneNote')}</p>
        {slots.loading && !slots.data && <IonSpinner aria-label={t('app.loading')} />}
        {slots.data && list.length === 0 && (
          <p className="cg-muted">{t('scheduling.book.noSlots')}</p>
        )}
        <div data-testid="slot-days">
          {groupByDay(list, (s) => s.startsAt).map((day) => (
            <section key={day.date} aria-label={formatLocalDate(day.date, lang)}>
              <h3 className="cg-day-title">{formatLocalDate(day.date, lang)}</h3>
              <ul className="cg-slots">
                {day.items.map((s) => (
                  <li key={s.startsAt}>
                    <button
                      type="button"
                      className="cg-slot"
                      data-testid="slot"
                      data-starts-at={s.startsAt}
                      onClick={() => {
                        setChosen({
                          practitionerId: current.id,
                          name: current.displayName,
                          startsAt: s.startsAt,
                        });
                      }}
                    >
                      {formatTime(s.startsAt, lang)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        {patientId && <WaitlistForm patientId={patientId} practitionerId={current.id} />}
      </>
    );
  } else if (specialty) {
    body = (
      <>
        <div className="cg-toolbar-row">
          <IonButton
            fill="clear"
            onClick={() => {
              setSpecialty(null);
            }}
            data-testid="change-specialty"
          >
            {t('scheduling.book.changeSpecialty')}
          </IonButton>
        </div>
        <h2 className="cg-step-title">
          {t('scheduling.book.step2')} — {specialtyLabel(specialty, lang)}
        </h2>
        {(practitioners.loading || slots.loading) && !practitioners.data && (
          <IonSpinner aria-label={t('app.loading')} />
        )}
        {practitioners.data && activePractitioners.length === 0 && (
          <p className="cg-muted">{t('scheduling.book.noPractitioner')}</p>
        )}
        <ul className="cg-choice-list" data-testid="practitioners">
          {activePractitioners.map((p) => {
            const next = slotsByPractitioner.get(p.id)?.[0];
            return (
              <li key={p.id} className="cg-card cg-practitioner" data-testid="practitioner">
                <h3>{p.displayName}</h3>
                <p className="cg-muted">
                  {specialtyLabel(p.specialtyInfo, lang)} ·{' '}
                  {t('scheduling.book.minutesLong', { count: p.consultationMinutes })}
                </p>
                {p.languages.length > 0 && (
                  <p className="cg-muted">
                    {t('scheduling.book.languages', { list: languageNames(p.languages, lang) })}
                  </p>
                )}
                {p.bio && <p>{p.bio}</p>}
                {next ? (
                  <button
                    type="button"
                    className="cg-slot cg-slot-next"
                    data-testid="next-slot"
                    data-starts-at={next.startsAt}
                    onClick={() => {
                      setChosen({
                        practitionerId: p.id,
                        name: p.displayName,
                        startsAt: next.startsAt,
                      });
                    }}
                  >
                    {t('scheduling.book.nextSlot', { when: formatWhen(next.startsAt, lang) })}
                  </button>
                ) : (
                  slots.data && <p className="cg-muted">{t('scheduling.book.noSlot')}</p>
                )}
                <IonButton
                  fill="clear"
                  onClick={() => {
                    setPractitionerId(p.id);
                  }}
                  data-testid="all-times"
                >
                  {t('scheduling.book.seeAllTimes')}
                </IonButton>
              </li>
            );
          })}
        </ul>
      </>
    );
  } else {
    body = (
      <>
        <h2 className="cg-step-title">{t('scheduling.book.step1')}</h2>
        {specialties.loading && !specialties.data && <IonSpinner aria-label={t('app.loading')} />}
        {specialties.error && (
          <Notice kind="error">{errorText.message(errorText.info(specialties.error))}</Notice>
        )}
        <ul className="cg-choice-list" data-testid="specialties">
          {(specialties.data?.specialties ?? [])
            .filter((s) => !practised || practised.has(s.code))
            .map((s) => (
              <li key={s.code}>
                <button
                  type="button"
                  className="cg-choice"
                  data-testid={`specialty-${s.code}`}
                  onClick={() => {
                    setSpecialty(s);
                    refreshSlots();
                  }}
                >
                  {specialtyLabel(s, lang)}
                </button>
              </li>
            ))}
        </ul>
      </>
    );
  }

  return (
    <PageLayout title={t('scheduling.book.title')} backHref="/app/appointments">
      {error && <Notice kind="error">{error}</Notice>}
      {body}
    </PageLayout>
  );
}

/** Asks to be offered an earlier time with this doctor between two dates. */
function WaitlistForm({
  patientId,
  practitionerId,
}: {
  patientId: string;
  practitionerId: string;
}) {
  const { t } = useTranslation();
  const schedulingError = useSchedulingError();
  const today = localDate(new Date());
  const [fromDate, setFromDate] = useState(today);
  const [toDate, setToDate] = useState(addDays(today, 7));
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestWaitlistDocument, {
    refetchQueries: ['Waitlist'],
  });

  return (
    <section className="cg-card" aria-labelledby="waitlist-title" data-testid="waitlist-form">
      <h2 id="waitlist-title">{t('scheduling.book.waitlistTitle')}</h2>
      <p className="cg-muted">{t('scheduling.book.waitlistText')}</p>
      {done ? (
        <Notice kind="success">{t('scheduling.book.waitlistDone')}</Notice>
      ) : (
        <form
          className="cg-form"
          onSubmit={(e) => {
            e.preventDefault();
            setError(null);
            request({ variables: { input: { patientId, practitionerId, fromDate, toDate } } }).then(
              () => {
                setDone(true);
              },
              (err: unknown) => {
                setError(schedulingError(err));
              },
            );
          }}
        >
          {error && <Notice kind="error">{error}</Notice>}
          <TextField
            name="fromDate"
            type="date"
            label={t('scheduling.book.waitlistFrom')}
            value={fromDate}
            onChange={setFromDate}
          />
          <TextField
            name="toDate"
            type="date"
            label={t('scheduling.book.waitlistTo')}
            value={toDate}
            onChange={setToDate}
          />
          <IonButton type="submit" fill="outline" disabled={loading} data-testid="join-waitlist">
            {t('scheduling.book.waitlistSubmit')}
          </IonButton>
        </form>
      )}
    </section>
  );
}
