import { useMutation } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { addOutline, trashOutline } from 'ionicons/icons';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../app/components/Notice';
import {
  AddAvailabilityExceptionDocument,
  RemoveAvailabilityExceptionDocument,
  SetWeeklyAvailabilityDocument,
  type AvailabilityExceptionKind,
  type PractitionerAvailabilityQuery,
} from '../../../gql/graphql';
import { formatWhen, localDate, zonedInstant } from '../time';
import { useSchedulingError } from '../use-scheduling-error';
import { FIVE_MINUTES, SESSION_TIMES } from '../working-hours';

type Session = PractitionerAvailabilityQuery['practitioner']['weeklySessions'][number];
type Exception = PractitionerAvailabilityQuery['availabilityExceptions'][number];
export interface Row {
  key: number;
  weekday: number;
  startTime: string;
  endTime: string;
  slotMinutes: string;
}
type Message = { kind: 'error' | 'success'; text: string } | null;

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The weekly pattern, edited as a whole and saved in one go (the API replaces it). */
export function WeeklyEditor({
  practitionerId,
  sessions,
}: {
  practitionerId: string;
  sessions: readonly Session[];
}) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SetWeeklyAvailabilityDocument, {
    refetchQueries: ['PractitionerAvailability'],
  });
  return (
    <WeeklySpansEditor
      spans={sessions}
      withSlot
      saving={loading}
      labels={{
        title: t('scheduling.availability.weekly'),
        help: t('scheduling.availability.weeklyHelp'),
        empty: t('scheduling.availability.noSessions'),
        add: t('scheduling.availability.addSession'),
        remove: t('scheduling.availability.removeSession'),
        save: t('scheduling.availability.save'),
        saved: t('scheduling.availability.saved'),
      }}
      onSave={async (rows) => {
        await save({
          variables: {
            input: {
              practitionerId,
              sessions: rows.map((r) => ({
                weekday: r.weekday,
                startTime: r.startTime,
                endTime: r.endTime,
                slotMinutes: Number(r.slotMinutes),
              })),
            },
          },
        });
      }}
    />
  );
}

/** A span of a weekly pattern as the editor gets it; `slotMinutes` only for sessions. */
export interface WeeklySpan {
  weekday: number;
  startTime: string;
  endTime: string;
  slotMinutes?: number;
}

/** The words of one use of the weekly editor (sessions of a doctor, hours of a nurse, …). */
export interface WeeklySpansLabels {
  title: string;
  help: string;
  empty: string;
  add: string;
  remove: string;
  save: string;
  saved: string;
}

/**
 * A weekly pattern of spans (day, start, end, and a slot length when `withSlot`), edited as a
 * whole and handed to `onSave` in one go. Start and end are chosen from `times` (working hours:
 * quarter hours, the end may be 24:00), by default a session's five-minute steps: always lists of
 * 24-hour HH:MM, never a time input, whose AM/PM would follow the browser's language.
 */
export function WeeklySpansEditor({
  spans,
  withSlot = false,
  times = SESSION_TIMES,
  saving,
  labels,
  onSave,
}: {
  spans: readonly WeeklySpan[];
  withSlot?: boolean;
  times?: { readonly starts: readonly string[]; readonly ends: readonly string[] };
  saving: boolean;
  labels: WeeklySpansLabels;
  onSave: (rows: Row[]) => Promise<void>;
}) {
  const { t } = useTranslation();
  const schedulingError = useSchedulingError();
  const id = useId();
  const [rows, setRows] = useState<Row[]>(() =>
    [...spans]
      .sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime))
      .map((s, i) => ({
        key: i,
        weekday: s.weekday,
        startTime: s.startTime,
        endTime: s.endTime,
        slotMinutes: String(s.slotMinutes ?? ''),
      })),
  );
  const [message, setMessage] = useState<Message>(null);

  function update(key: number, patch: Partial<Row>) {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  }

  function add() {
    const last = rows[rows.length - 1];
    setRows((rs) => [
      ...rs,
      {
        key: Math.max(0, ...rs.map((r) => r.key)) + 1,
        weekday: last ? Math.min(7, last.weekday + 1) : 1,
        startTime: last?.startTime ?? '09:00',
        endTime: last?.endTime ?? '12:00',
        slotMinutes: last?.slotMinutes ?? (withSlot ? '20' : ''),
      },
    ]);
  }

  function timeField(
    rid: string,
    label: string,
    value: string,
    choices: readonly string[],
    onChange: (v: string) => void,
  ) {
    return (
      <div>
        <label htmlFor={rid}>{label}</label>
        <select
          id={rid}
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        >
          {(choices.includes(value) ? choices : [value, ...choices]).map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
    );
  }

  return (
    <section className="cg-card" aria-labelledby={`${id}-weekly`} data-testid="weekly-editor">
      <h2 id={`${id}-weekly`}>{labels.title}</h2>
      <p className="cg-muted">{labels.help}</p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {rows.length === 0 && <p className="cg-muted">{labels.empty}</p>}
      {rows.map((r) => {
        const rid = `${id}-${String(r.key)}`;
        return (
          <div
            key={r.key}
            className={withSlot ? 'cg-session-row' : 'cg-session-row cg-span-row'}
            data-testid="session-row"
          >
            <div>
              <label htmlFor={`${rid}-day`}>{t('scheduling.availability.weekday')}</label>
              <select
                id={`${rid}-day`}
                value={r.weekday}
                onChange={(e) => {
                  update(r.key, { weekday: Number(e.target.value) });
                }}
              >
                {WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {t(`scheduling.weekdays.d${String(d) as '1'}`)}
                  </option>
                ))}
              </select>
            </div>
            {timeField(
              `${rid}-start`,
              t('scheduling.availability.start'),
              r.startTime,
              times.starts,
              (v) => {
                update(r.key, { startTime: v });
              },
            )}
            {timeField(
              `${rid}-end`,
              t('scheduling.availability.end'),
              r.endTime,
              times.ends,
              (v) => {
                update(r.key, { endTime: v });
              },
            )}
            {withSlot && (
              <div>
                <label htmlFor={`${rid}-slot`}>{t('scheduling.availability.slot')}</label>
                <input
                  id={`${rid}-slot`}
                  type="number"
                  inputMode="numeric"
                  min={5}
                  max={240}
                  step={5}
                  value={r.slotMinutes}
                  onChange={(e) => {
                    update(r.key, { slotMinutes: e.target.value });
                  }}
                />
              </div>
            )}
            <button
              type="button"
              className="cg-icon-button"
              aria-label={labels.remove}
              onClick={() => {
                setRows((rs) => rs.filter((x) => x.key !== r.key));
              }}
            >
              <IonIcon icon={trashOutline} aria-hidden="true" />
            </button>
          </div>
        );
      })}
      <div className="cg-actions">
        <IonButton fill="outline" onClick={add} data-testid="add-session">
          <IonIcon slot="start" icon={addOutline} aria-hidden="true" />
          {labels.add}
        </IonButton>
        <IonButton
          disabled={saving}
          data-testid="save-week"
          onClick={() => {
            setMessage(null);
            onSave(rows).then(
              () => {
                setMessage({ kind: 'success', text: labels.saved });
              },
              (e: unknown) => {
                setMessage({ kind: 'error', text: schedulingError(e) });
              },
            );
          }}
        >
          {labels.save}
        </IonButton>
      </div>
    </section>
  );
}

/** Upcoming absences and extra sessions, with a form to add one. */
export function ExceptionsEditor({
  practitionerId,
  exceptions,
}: {
  practitionerId: string;
  exceptions: readonly Exception[];
}) {
  const { t, i18n } = useTranslation();
  const schedulingError = useSchedulingError();
  const id = useId();
  const today = localDate(new Date());
  const [kind, setKind] = useState<AvailabilityExceptionKind>('ABSENCE');
  const [date, setDate] = useState(today);
  const [start, setStart] = useState('08:30');
  const [endDate, setEndDate] = useState(today);
  const [end, setEnd] = useState('17:30');
  const [slot, setSlot] = useState('20');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const refetchQueries = ['PractitionerAvailability'];
  const [addException, adding] = useMutation(AddAvailabilityExceptionDocument, { refetchQueries });
  const [removeException] = useMutation(RemoveAvailabilityExceptionDocument, { refetchQueries });

  function submit() {
    const startsAt = zonedInstant(date, start);
    const endsAt = zonedInstant(endDate, end);
    if (endsAt <= startsAt) {
      setMessage({ kind: 'error', text: t('scheduling.availability.invalidRange') });
      return;
    }
    setMessage(null);
    addException({
      variables: {
        input: {
          practitionerId,
          kind,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          slotMinutes: kind === 'EXTRA' ? Number(slot) : null,
          reason: reason.trim() || null,
        },
      },
    }).then(
      () => {
        setReason('');
        setMessage({ kind: 'success', text: t('scheduling.availability.added') });
      },
      (e: unknown) => {
        setMessage({ kind: 'error', text: schedulingError(e) });
      },
    );
  }

  const field = (name: string, label: string, input: ReactNode) => (
    <div className="cg-field-plain">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {input}
    </div>
  );

  return (
    <section
      className="cg-card"
      aria-labelledby={`${id}-exceptions`}
      data-testid="exceptions-editor"
    >
      <h2 id={`${id}-exceptions`}>{t('scheduling.availability.exceptions')}</h2>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {exceptions.length === 0 && (
        <p className="cg-muted">{t('scheduling.availability.exceptionsEmpty')}</p>
      )}
      <ul className="cg-plain-list">
        {exceptions.map((x) => (
          <li key={x.id} className="cg-appt" data-testid="exception">
            <div className="cg-appt-head">
              <span>
                <span
                  className={`cg-badge ${x.kind === 'ABSENCE' ? 'cg-badge-warn' : 'cg-badge-ok'}`}
                >
                  {t(`scheduling.availability.${x.kind}`)}
                </span>{' '}
                {formatWhen(x.startsAt, i18n.language)} → {formatWhen(x.endsAt, i18n.language)}
              </span>
              <IonButton
                fill="clear"
                color="danger"
                onClick={() => {
                  removeException({ variables: { input: { id: x.id } } }).then(
                    () => {
                      setMessage({ kind: 'success', text: t('scheduling.availability.removed') });
                    },
                    (e: unknown) => {
                      setMessage({ kind: 'error', text: schedulingError(e) });
                    },
                  );
                }}
              >
                {t('scheduling.availability.remove')}
              </IonButton>
            </div>
            {x.reason && <p className="cg-appt-meta">{x.reason}</p>}
          </li>
        ))}
      </ul>
      <form
        className="cg-exception-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {field(
          'kind',
          t('scheduling.availability.kind'),
          <select
            id={`${id}-kind`}
            name="kind"
            className="cg-input"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as AvailabilityExceptionKind);
            }}
          >
            <option value="ABSENCE">{t('scheduling.availability.ABSENCE')}</option>
            <option value="EXTRA">{t('scheduling.availability.EXTRA')}</option>
          </select>,
        )}
        {field(
          'date',
          t('scheduling.availability.date'),
          <input
            id={`${id}-date`}
            name="exceptionDate"
            type="date"
            className="cg-input"
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              if (endDate < e.target.value) setEndDate(e.target.value);
            }}
          />,
        )}
        {field(
          'start',
          t('scheduling.availability.start'),
          // 24-hour in both languages: a list of HH:MM, not a time input showing AM/PM.
          <select
            id={`${id}-start`}
            name="exceptionStart"
            className="cg-input"
            value={start}
            onChange={(e) => {
              setStart(e.target.value);
            }}
          >
            {FIVE_MINUTES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>,
        )}
        {field(
          'endDate',
          t('scheduling.availability.endDate'),
          <input
            id={`${id}-endDate`}
            name="exceptionEndDate"
            type="date"
            className="cg-input"
            value={endDate}
            onChange={(e) => {
              setEndDate(e.target.value);
            }}
          />,
        )}
        {field(
          'end',
          t('scheduling.availability.end'),
          // 24-hour in both languages: a list of HH:MM, not a time input showing AM/PM.
          <select
            id={`${id}-end`}
            name="exceptionEnd"
            className="cg-input"
            value={end}
            onChange={(e) => {
              setEnd(e.target.value);
            }}
          >
            {FIVE_MINUTES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>,
        )}
        {kind === 'EXTRA' &&
          field(
            'slot',
            t('scheduling.availability.slot'),
            <input
              id={`${id}-slot`}
              name="exceptionSlot"
              type="number"
              min={5}
              max={240}
              step={5}
              className="cg-input"
              value={slot}
              onChange={(e) => {
                setSlot(e.target.value);
              }}
            />,
          )}
        {field(
          'reason',
          t('scheduling.availability.reason'),
          <input
            id={`${id}-reason`}
            name="exceptionReason"
            type="text"
            className="cg-input"
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
            }}
          />,
        )}
        <IonButton type="submit" disabled={adding.loading} data-testid="add-exception">
          {t('scheduling.availability.add')}
        </IonButton>
      </form>
    </section>
  );
}
