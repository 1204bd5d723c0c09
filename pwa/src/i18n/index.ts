import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { coreEn } from './core.en';
import { coreFr } from './core.fr';

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

/** The signed-out screens' strings; the signed-in app's arrive with `loadAppStrings`. */
export const resources = { en: { translation: coreEn }, fr: { translation: coreFr } };

const appStrings = new WeakMap<I18n, Promise<void>>();
let latest: I18n | undefined;

/**
 * Adds the signed-in app's strings (both languages, so that switching stays instant) to `i18n`
 * (by default the instance `createI18n` made last), once.
 */
export function loadAppStrings(i18n: I18n | undefined = latest): Promise<void> {
  if (!i18n) return Promise.reject(new Error('loadAppStrings before createI18n'));
  let loading = appStrings.get(i18n);
  if (!loading) {
    loading = Promise.all([import('./app.en'), import('./app.fr')]).then(
      ([{ appEn }, { appFr }]) => {
        i18n.addResourceBundle('en', 'translation', appEn, true, false);
        i18n.addResourceBundle('fr', 'translation', appFr, true, false);
      },
    );
    appStrings.set(i18n, loading);
  }
  return loading;
}

/** A configured i18next instance; missing French keys fall back to English. */
export async function createI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  latest = instance;
  return instance;
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

/** Switches language, remembers it on this device and updates `<html lang>`. */
export async function setLanguage(i18n: I18n, language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

/** "14 minutes", "2 hours", "30 seconds" for a wait expressed in seconds. */
export function formatWait(t: (key: string, opts: { count: number }) => string, seconds: number) {
  if (seconds >= 3600) return t('time.hours', { count: Math.ceil(seconds / 3600) });
  if (seconds >= 60) return t('time.minutes', { count: Math.ceil(seconds / 60) });
  return t('time.seconds', { count: Math.max(1, Math.ceil(seconds)) });
}
