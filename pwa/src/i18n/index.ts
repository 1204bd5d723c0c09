import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { coreEn } from './core.en';
import { coreFr } from './core.fr';
import { rememberLanguage, type Language, LANGUAGES } from './language';

export {
  LANGUAGE_KEY,
  LANGUAGES,
  deviceLanguage,
  formatWait,
  isLanguage,
  pickLanguage,
  type Language,
} from './language';

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

/** Switches language, remembers it on this device and updates `<html lang>`. */
export async function setLanguage(i18n: I18n, language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}
