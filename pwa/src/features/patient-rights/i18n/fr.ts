import type { Strings } from '../../../i18n/strings';
import type { patientRightsEn } from './en';

/** Textes français des droits du patient sur son dossier et son compte. */
export const patientRightsFr: Strings<typeof patientRightsEn> = {
  rights: {
    recordTitle: 'Mon dossier',
    recordText:
      'Téléchargez tout ce que l’hôpital conserve sur vos soins : consultations, diagnostics, prescriptions, constantes, résultats, allergies, rendez-vous et factures.',
    downloadJson: 'Télécharger mon dossier (FHIR JSON)',
    downloadJsonHelp: 'Pour un autre hôpital ou une application de santé.',
    downloadPdf: 'Télécharger mon dossier (PDF)',
    downloadPdfHelp: 'Pour le lire ou l’imprimer.',
    preparing: 'Préparation…',
    downloaded: 'Votre fichier {{name}} est téléchargé.',
    closeTitle: 'Fermer mon compte',
    closeText:
      'Fermer votre compte supprime votre accès au portail patient : vous ne pourrez plus vous connecter, et tous les appareils où vous êtes connecté sont déconnectés.',
    closeKept:
      'Votre dossier médical n’est pas supprimé : la loi oblige l’hôpital à le conserver, et l’équipe soignante continue de l’utiliser quand vous venez vous faire soigner. Pour retrouver un accès plus tard, adressez-vous à l’accueil.',
    closeStart: 'Fermer mon compte…',
    password: 'Votre mot de passe',
    confirm:
      'Je comprends que je ne pourrai plus me connecter et que mon dossier médical est conservé.',
    confirmRequired: 'Cochez la case pour confirmer.',
    passwordRequired: 'Saisissez votre mot de passe.',
    closeConfirm: 'Fermer mon compte maintenant',
    closing: 'Fermeture…',
    cancel: 'Annuler',
  },
};
