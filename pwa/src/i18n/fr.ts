import { appFr } from './app.fr';
import { coreFr } from './core.fr';
import type { Messages } from './en';

/** Chaînes françaises : mêmes clés que `en.ts`, vérifiées par le compilateur. */
export const fr: Messages = { ...coreFr, ...appFr };
