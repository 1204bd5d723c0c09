import type { Strings } from '../../../i18n/strings';
import type { offlineEn } from './en';

/** La garde hors ligne : la prendre, la déverrouiller, son âge. */
export const offlineFr: Strings<typeof offlineEn> = {
  offline: {
    offerTitle: 'Prendre votre garde hors ligne',
    offerBody:
      'Les dossiers de vos patients restent lisibles sur ce téléphone sans réseau jusqu’à la fin de votre garde. Ils sont chiffrés avec un code à 6 chiffres connu de vous seul.',
    unlockOfferTitle: 'Garder votre garde hors ligne',
    unlockOfferBody:
      'Ce téléphone contient votre garde, chiffrée. Saisissez votre code pour la tenir à jour.',
    code: 'Code de déverrouillage (6 chiffres)',
    confirmCode: 'Le même code, à nouveau',
    codeHelper: 'Nécessaire pour ouvrir l’application sans réseau. Pas votre mot de passe.',
    codeFormat: 'Saisissez 6 chiffres.',
    codeMismatch: 'Les deux codes diffèrent.',
    take: 'Prendre hors ligne',
    taking: 'Préparation…',
    unlock: 'Déverrouiller',
    later: 'Plus tard',
    takeFailed: 'Votre garde n’a pas pu être préparée. Réessayez plus tard.',
    ready: 'Disponible hors ligne — données de {{time}}',
    bannerAsOf: 'Hors ligne — données de {{time}}',
    notAvailable: 'Non disponible hors ligne',
    unlockTitle: 'Hors ligne',
    unlockBody: 'Pas de réseau. Saisissez votre code pour lire votre garde sur ce téléphone.',
    wrongCode_one:
      'Code erroné : {{count}} essai restant avant l’effacement des données hors ligne.',
    wrongCode_other:
      'Code erroné : {{count}} essais restants avant l’effacement des données hors ligne.',
    wipedTitle: 'Données hors ligne effacées',
    wipedBody:
      'Les données hors ligne de ce téléphone ont été effacées (trop de codes erronés, ou garde terminée). Reconnectez-vous au réseau pour vous identifier à nouveau.',
    retry: 'Se reconnecter',
    outbox: {
      pending_one: '{{count}} en attente',
      pending_other: '{{count}} en attente',
      toCheck_one: '{{count}} à vérifier',
      toCheck_other: '{{count}} à vérifier',
      sending: 'Envoi…',
      savedPending: 'Enregistré sur l’appareil — en attente d’envoi.',
      entryPending: 'En attente d’envoi',
      entryToCheck: 'À vérifier',
      onDeviceTitle: 'Sur cet appareil, pas encore envoyé',
      title: 'Saisies hors ligne',
      toCheckTitle: 'À vérifier',
      pendingTitle: 'En attente d’envoi',
      none: 'Rien en attente.',
      enteredAt: 'Saisi à {{time}}',
      kind: { vitals: 'Constantes', careNote: 'Note de soins', dose: 'Administration' },
      why: {
        PRESCRIPTION_STOPPED: 'La prescription a été arrêtée entre-temps.',
        PRESCRIPTION_ENTERED_IN_ERROR: 'La prescription a été annulée (saisie erronée).',
        DOSE_ALREADY_RECORDED: 'Cette dose a déjà été enregistrée par un collègue.',
        other: 'Refusé par le serveur : {{message}}',
      },
      recordAnyway: 'Enregistrer quand même',
      discard: 'Abandonner',
      reason: 'Motif (obligatoire)',
      reasonRequired: 'Indiquez un motif.',
      confirm: 'Confirmer',
      cancel: 'Annuler',
      close: 'Fermer',
      discardNeedsNetwork: 'Abandonner demande le réseau : le motif est enregistré sur le serveur.',
      failed: 'La décision n’a pas pu être enregistrée.',
    },
  },
};
