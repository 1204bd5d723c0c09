import { IonButton, IonSpinner } from '@ionic/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { WaitlistForm } from '../../features/scheduling/components/WaitlistForm';
import { languageNames, specialtyLabel } from '../../features/scheduling/labels';
import {
  formatLocalDate,
  formatTime,
  formatWhen,
  groupByDay,
} from '../../features/scheduling/time';
import { useBooking } from '../../features/scheduling/use-booking';
import '../../features/scheduling/scheduling.css';

/**
 * R17: a patient books in three taps — specialty, a doctor's time, confirm — with the doctor's
 * next free time on their card, and every other time one tap away.
 */
export default function BookPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const errorText = useErrorText();
  const booking = useBooking();
  const {
    patientId,
    specialties,
    specialty,
    practitioners,
    activePractitioners,
    current,
    slots,
    slotsByPractitioner,
    chosen,
    booked,
  } = booking;

  // `?specialty=CODE` (e.g. from the symptom check) opens on that specialty, once per visit.
  const location = useLocation();
  const wanted = new URLSearchParams(location.search).get('specialty');
  const asked = specialties.data?.specialties.find((s) => s.code === wanted);
  const applied = useRef<string | null>(null);
  const { chooseSpecialty } = booking;
  useEffect(() => {
    const visit = `${location.key}:${wanted ?? ''}`;
    if (!asked || applied.current === visit) return;
    applied.current = visit;
    chooseSpecialty(asked);
  }, [asked, wanted, location.key, chooseSpecialty]);

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
          <IonButton fill="outline" onClick={booking.restart}>
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
          value={booking.reason}
          onChange={booking.setReason}
        />
        <div className="cg-actions">
          <IonButton
            data-testid="confirm-booking"
            disabled={booking.sending || !patientId}
            onClick={() => void booking.confirm()}
          >
            {booking.sending ? t('scheduling.book.booking') : t('scheduling.book.submit')}
          </IonButton>
          <IonButton fill="outline" onClick={booking.unchoose}>
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
              booking.showPractitioner(null);
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
                        booking.choose(current, s.startsAt);
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
          <IonButton fill="clear" onClick={booking.changeSpecialty} data-testid="change-specialty">
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
                      booking.choose(p, next.startsAt);
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
                    booking.showPractitioner(p.id);
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
          {booking.offeredSpecialties.map((s) => (
            <li key={s.code}>
              <button
                type="button"
                className="cg-choice"
                data-testid={`specialty-${s.code}`}
                onClick={() => {
                  booking.chooseSpecialty(s);
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
      {booking.error && <Notice kind="error">{booking.error}</Notice>}
      {body}
    </PageLayout>
  );
}
