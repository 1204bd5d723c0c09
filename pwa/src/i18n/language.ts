/**
 * The interface language without i18next: what the device chose, remembered on this device. The
 * signed-out login page (`pages/auth/login`) uses it without React, i18next's React binding or
 * the app's strings.
 */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = 'caregraph.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The interface language: the one the user chose on this device, else the first supported
 * language of the device (fr-CA → fr), else English.
 */
export function pickLanguage(stored: string | null, deviceLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of deviceLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

export function deviceLanguage(): Language {
  return pickLanguage(readStored(), navigator.languages);
}

/** Remembers `language` on this device and sets `<html lang>`. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
  document.documentElement.lang = language;
}

/** "14 minutes", "2 hours", "30 seconds" for a wait expressed in seconds. */
export function formatWait(t: (key: string, opts: { count: number }) => string, seconds: number) {
  if (seconds >= 3600) return t('time.hours', { count: Math.ceil(seconds / 3600) });
  if (seconds >= 60) return t('time.minutes', { count: Math.ceil(seconds / 60) });
  return t('time.seconds', { count: Math.max(1, Math.ceil(seconds)) });
}
