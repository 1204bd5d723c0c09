import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n';

/** Shows the interface in the account's language once signed in (not persisted on the device). */
export function useApplyLocale() {
  const { i18n } = useTranslation();
  return useCallback(
    (locale: string) => {
      if (isLanguage(locale) && i18n.language !== locale) {
        document.documentElement.lang = locale;
        void i18n.changeLanguage(locale);
      }
    },
    [i18n],
  );
}
