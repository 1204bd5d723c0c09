import { appEn } from './app.en';
import { coreEn } from './core.en';
import type { Strings } from './strings';

/**
 * English strings; the reference set. French must have exactly the same keys. The app shell
 * carries only `coreEn`; `appEn` arrives after sign-in.
 */
export const en = { ...coreEn, ...appEn };

/** The shape every language must fill in completely. */
export type Messages = Strings<typeof en>;
export type CoreMessages = Strings<typeof coreEn>;
export type AppMessages = Strings<typeof appEn>;
