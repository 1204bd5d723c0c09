import type { Strings } from '../../../i18n/strings';
import type { accountEn } from './en';

/** Les libellés du compte. */
export const accountFr: Strings<typeof accountEn> = {
  home: {
    accountShortcut: 'Mon compte',
    accountShortcutText: 'Profil, mot de passe et langue',
  },
  account: {
    title: 'Mon compte',
    profile: 'Profil',
    email: 'Adresse e-mail',
    role: 'Rôle',
    givenName: 'Prénom',
    familyName: 'Nom de famille',
    phone: 'Téléphone',
    address: 'Adresse',
    jobTitle: 'Fonction',
    lastLogin: 'Dernière connexion',
    edit: 'Modifier le profil',
    save: 'Enregistrer',
    cancel: 'Annuler',
    saved: 'Profil enregistré.',
    patientNames: 'Votre nom est géré par l’accueil sur votre dossier patient.',
    security: 'Sécurité',
    changePassword: 'Changer le mot de passe',
    logout: 'Se déconnecter',
    loggingOut: 'Déconnexion…',
    notSet: 'Non renseigné',
    mail: 'E-mails',
    reminders: 'Rappels de rendez-vous par e-mail',
    remindersHelp: 'Un e-mail la veille de chaque rendez-vous, à une adresse confirmée.',
    remindersSaved: 'Votre choix est enregistré.',
    verified: 'Adresse confirmée',
    unverified: 'Pas encore confirmée',
  },
  verifyBanner: {
    text: 'Merci de confirmer votre adresse e-mail avec le lien envoyé à {{email}}. D’ici là, vous ne recevez pas de rappels de rendez-vous.',
    resend: 'Renvoyer le lien',
    sending: 'Envoi…',
    sent: 'Un nouveau lien vient de partir.',
  },
};
