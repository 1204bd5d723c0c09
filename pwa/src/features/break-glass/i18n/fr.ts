import type { Strings } from '../../../i18n/strings';
import type { breakGlassEn } from './en';

/** Textes français de l’accès d’urgence (bris de glace). */
export const breakGlassFr: Strings<typeof breakGlassEn> = {
  home: {
    emergencyAccessShortcut: 'Accès d’urgence',
    emergencyAccessShortcutText: 'Examiner qui a ouvert un dossier en urgence',
  },
  breakGlass: {
    offerTitle: 'Accès d’urgence',
    offerText:
      'Ce patient est hors des services que vous couvrez pendant cette garde : son dossier vous est fermé. Si vous en avez besoin pour la sécurité d’un patient, vous pouvez l’ouvrir maintenant.',
    warning:
      'Un accès d’urgence est enregistré avec votre nom et votre motif, puis examiné par un cadre. Il se ferme de lui-même.',
    reason: 'Motif (obligatoire)',
    reasonHelp:
      'Dites pourquoi ce dossier vous est nécessaire maintenant (au moins {{count}} caractères).',
    reasonTooShort: 'Donnez un motif d’au moins {{count}} caractères.',
    open: 'Ouvrir l’accès d’urgence',
    opening: 'Ouverture…',
    banner: 'Accès d’urgence — enregistré et examiné. Se termine à {{time}}.',
    title: 'Accès d’urgence',
    filter: 'Afficher',
    filters: { PENDING: 'À examiner', ALL: 'Tous' },
    none: 'Aucun accès d’urgence à afficher.',
    who: '{{name}} ({{role}})',
    patient: 'Patient',
    reasonLabel: 'Motif',
    opened: 'Ouvert',
    until: 'Jusqu’à',
    activeNow: 'en cours',
    statuses: { PENDING: 'À examiner', ACKNOWLEDGED: 'Pris en compte', FLAGGED: 'Signalé' },
    reviewedBy: 'Examiné par {{name}} le {{when}}',
    note: 'Note d’examen',
    noteHelp: 'Obligatoire pour signaler.',
    noteRequired: 'Écrivez une note pour signaler cet accès.',
    acknowledge: 'Prendre en compte',
    flag: 'Signaler',
    reviewed: 'Examen enregistré.',
    more: 'Afficher plus',
  },
};
