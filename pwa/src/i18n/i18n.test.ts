import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { createI18n, formatWait, loadAppStrings, pickLanguage } from './index';
import { mergeStrings } from './strings';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

describe('pickLanguage', () => {
  it('prefers the language chosen on this device', () => {
    expect(pickLanguage('fr', ['en-US'])).toBe('fr');
  });

  it('follows the device language, by base tag', () => {
    expect(pickLanguage(null, ['fr-CA', 'en'])).toBe('fr');
    expect(pickLanguage(null, ['de-DE', 'en-GB'])).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    expect(pickLanguage('xx', ['fr-FR'])).toBe('fr');
  });

  it('falls back to English', () => {
    expect(pickLanguage(null, ['de', 'es'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });
});

describe('translations', () => {
  it('French has exactly the English keys', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it('no string is empty in either language', () => {
    for (const lang of [en, fr]) {
      for (const key of keys(lang)) {
        const value = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], lang);
        expect(value, key).not.toBe('');
      }
    }
  });

  it('falls back to English for a key missing in French', async () => {
    const i18n = await createI18n('fr');
    i18n.addResource('en', 'translation', 'onlyInEnglish', 'English only');
    const untyped = i18n.t as unknown as (key: string) => string;
    expect(untyped('onlyInEnglish')).toBe('English only');
    expect(i18n.t('login.submit')).toBe('Se connecter');
  });

  it('has only the signed-out strings until the app strings load', async () => {
    const i18n = await createI18n('fr');
    const untyped = i18n.t as unknown as (key: string) => string;
    expect(untyped('users.title')).toBe('users.title');
    await loadAppStrings(i18n);
    expect(i18n.t('users.title')).toBe(fr.users.title);
    await i18n.changeLanguage('en');
    expect(i18n.t('users.title')).toBe(en.users.title);
  });

  it('pluralises waits in both languages', async () => {
    const en18n = await createI18n('en');
    const fr18n = await createI18n('fr');
    const t = (i: typeof en18n) => i.t as unknown as (k: string, o: { count: number }) => string;
    expect(formatWait(t(en18n), 900)).toBe('15 minutes');
    expect(formatWait(t(en18n), 45)).toBe('45 seconds');
    expect(formatWait(t(fr18n), 3600)).toBe('1 heure');
    expect(formatWait(t(fr18n), 61)).toBe('2 minutes');
  });
});

describe('mergeStrings', () => {
  it('gathers the domains, each adding its own keys to a shared namespace', () => {
    const merged = mergeStrings({ home: { a: 'A' }, x: { y: 'Y' } }, { home: { b: 'B' } });
    expect(merged).toEqual({ home: { a: 'A', b: 'B' }, x: { y: 'Y' } });
  });

  it('refuses a key that two domains define', () => {
    expect(() => mergeStrings({ home: { a: 'A' } }, { home: { a: 'other' } })).toThrow(
      'home.a is defined twice',
    );
  });

  it('leaves each domain’s own object as it was', () => {
    const first = { home: { a: 'A' } };
    mergeStrings(first, { home: { b: 'B' } });
    expect(first).toEqual({ home: { a: 'A' } });
  });
});
