import type { Strings } from '../../../i18n/strings';
import type { homeEn } from './en';

/** Les libellés de la page d’accueil. */
export const homeFr: Strings<typeof homeEn> = {
  home: {
    greetingMorning: 'Bonjour, {{name}}',
    greetingAfternoon: 'Bon après-midi, {{name}}',
    greetingEvening: 'Bonsoir, {{name}}',
    signedInAs: 'Connecté·e en tant que {{role}}',
    shortcuts: 'Raccourcis',
    myRecord: 'Mon dossier patient',
    mrn: 'Numéro de dossier (IPP)',
    birthDate: 'Date de naissance',
    sex: 'Sexe',
    phone: 'Téléphone',
    email: 'Adresse e-mail',
  },
};
