import { numberFormat } from '../../app/format';
/** A period of days, both included, as the API takes it (`YYYY-MM-DD`). */
export interface Period {
  from: string;
  to: string;
}

export type PeriodPreset = 'week' | 'month' | 'lastMonth' | 'custom';

function iso(d: Date): string {
  const y = String(d.getFullYear());
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/**
 * The days of a preset around `today` (the device's calendar): this week is Monday to Sunday,
 * this month its first to last day, last month the one before. Custom keeps what was chosen.
 */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: Date): Period {
  const y = today.getFullYear();
  const m = today.getMonth();
  switch (preset) {
    case 'week': {
      const monday = new Date(y, m, today.getDate() - ((today.getDay() + 6) % 7));
      const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
      return { from: iso(monday), to: iso(sunday) };
    }
    case 'month':
      return { from: iso(new Date(y, m, 1)), to: iso(new Date(y, m + 1, 0)) };
    case 'lastMonth':
      return { from: iso(new Date(y, m - 1, 1)), to: iso(new Date(y, m, 0)) };
  }
}

/** Whether a custom period can be asked: both days, in order, at most 400 days (the API's). */
export function periodProblem(p: Period): 'missing' | 'order' | 'tooLong' | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.from) || !/^\d{4}-\d{2}-\d{2}$/.test(p.to)) return 'missing';
  if (p.to < p.from) return 'order';
  const days = (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 + 1;
  return days > 400 ? 'tooLong' : null;
}

function currencyDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

/** Minor units as a number of major units, for a chart's scale (not for display). */
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

/** Minor units as people read them, through text so that no amount is a binary fraction. */
export function formatMinor(minor: number, currency: string, language: string): string {
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  const whole = Math.trunc(abs / scale);
  const text =
    digits === 0
      ? `${sign}${String(whole)}`
      : `${sign}${String(whole)}.${String(abs % scale).padStart(digits, '0')}`;
  return numberFormat(language, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(text as unknown as number);
}

/** A rate (0..1) as a percentage with one decimal, or a dash. */
export function formatRate(rate: number | null | undefined, language: string): string {
  if (rate === null || rate === undefined) return '—';
  return numberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(rate);
}

/** The bytes of a base64 file, as a download the browser saves under its name. */
export function downloadBase64(fileName: string, contentType: string, base64: string): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
