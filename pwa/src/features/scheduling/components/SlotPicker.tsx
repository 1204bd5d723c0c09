import { useQuery } from '@apollo/client/react';
import { IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AvailableSlotsDocument } from '../../../gql/graphql';
import { formatLocalDate, formatTime, groupByDay } from '../time';

const HORIZON_MS = 14 * 86_400_000;

/** A practitioner's free times over the next two weeks, by day; one tap picks one. */
export function SlotPicker({
  practitionerId,
  value,
  onPick,
}: {
  practitionerId: string;
  value: string | null;
  onPick: (startsAt: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [range] = useState(() => {
    const from = new Date();
    return { from: from.toISOString(), to: new Date(from.getTime() + HORIZON_MS).toISOString() };
  });
  const { data, loading } = useQuery(AvailableSlotsDocument, {
    variables: { practitionerId, ...range },
    fetchPolicy: 'network-only',
  });
  const slots = data?.availableSlots[0]?.slots ?? [];
  if (loading && !data) return <IonSpinner aria-label={t('app.loading')} />;
  if (slots.length === 0) return <p className="cg-muted">{t('scheduling.book.noSlots')}</p>;
  return (
    <div data-testid="slot-picker">
      {groupByDay(slots, (s) => s.startsAt)
        .slice(0, 7)
        .map((day) => (
          <section key={day.date} aria-label={formatLocalDate(day.date, i18n.language)}>
            <h3 className="cg-day-title">{formatLocalDate(day.date, i18n.language)}</h3>
            <ul className="cg-slots">
              {day.items.map((s) => (
                <li key={s.startsAt}>
                  <button
                    type="button"
                    className="cg-slot"
                    aria-pressed={value === s.startsAt}
                    data-testid="slot"
                    onClick={() => {
                      onPick(s.startsAt);
                    }}
                  >
                    {formatTime(s.startsAt, i18n.language)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
