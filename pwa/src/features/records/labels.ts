import { formatTime, numberFormat } from '../../app/format';
import type { TFunction } from 'i18next';
import type { RecordsLabResultFragment, RecordsPrescriptionFragment } from '../../gql/graphql';

/** "08:00" in the hospital's wall clock, 24-hour, from an instant. */
export const timeOf = formatTime;

/** A number the way the language writes it (37,2 in French). */
export function num(value: number, language: string, digits = 1): string {
  return numberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/** The test name in the interface language. */
export function testName(r: { testNameEn: string; testNameFr: string }, language: string): string {
  return language.startsWith('fr') ? r.testNameFr : r.testNameEn;
}

/** "Amlodipine 5 mg — 1 tablet, oral, 08:00". */
export function regimen(rx: RecordsPrescriptionFragment, t: TFunction, language: string): string {
  const when = rx.asNeeded
    ? t('records.medications.asNeeded')
    : rx.intervalHours
      ? t('records.medications.every', { count: rx.intervalHours })
      : rx.scheduleTimes.join(', ');
  return `${num(rx.dose, language, 2)} ${rx.doseUnit} · ${t(`records.routes.${rx.route}`)} · ${when}`;
}

/** "4,1 mmol/L" or the text result. */
export function resultValue(r: RecordsLabResultFragment, language: string): string {
  if (r.valueNumeric !== null) {
    return `${num(r.valueNumeric, language, 2)}${r.unit ? ` ${r.unit}` : ''}`;
  }
  return r.valueText ?? '';
}

/** A v4 UUID from the device; a fallback for old engines without `crypto.randomUUID`. */
export function deviceId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
