import type { Strings } from '../../../i18n/strings';
import type { mfaEn } from './en';

/** Les libellés de la validation en deux étapes. */
export const mfaFr: Strings<typeof mfaEn> = {
  mfa: {
    signInTitle: 'Validation en deux étapes',
    signInIntro:
      'Saisissez le code à 6 chiffres affiché par votre application d’authentification, ou l’un de vos codes de secours.',
    code: 'Code',
    verify: 'Valider',
    verifying: 'Vérification…',
    wrongCode:
      'Ce code n’est pas valide ou a déjà servi. Attendez le code suivant. Après 5 échecs de suite, la connexion est suspendue 15 minutes.',
    expired: 'Cette connexion a pris trop de temps. Saisissez de nouveau votre mot de passe.',
    backToPassword: 'Revenir au mot de passe',
    setupTitle: 'Activer la validation en deux étapes',
    requiredIntro:
      'Votre rôle exige la validation en deux étapes. Activez-la maintenant : rien d’autre ne s’ouvre avant.',
    optionalIntro:
      'Protégez votre compte par un code de votre téléphone en plus de votre mot de passe.',
    start: 'Commencer',
    scan: '1. Scannez ce QR code avec une application d’authentification (Google Authenticator, FreeOTP, 1Password…).',
    qrAlt: 'QR code qui ajoute votre compte CareGraph à une application d’authentification',
    manual: 'Impossible de scanner ? Saisissez cette clé dans l’application :',
    enterCode: '2. Saisissez le code à 6 chiffres affiché par l’application.',
    confirm: 'Activer',
    wrongSetupCode: 'Ce n’est pas le code actuel de l’application. Vérifiez et réessayez.',
    codesTitle: 'Vos codes de secours',
    codesIntro:
      'Chaque code vous connecte une fois si vous perdez votre téléphone. Gardez-les en lieu sûr : ils ne s’affichent que maintenant.',
    copy: 'Copier les codes',
    copied: 'Codes copiés.',
    print: 'Imprimer',
    done: 'J’ai conservé mes codes',
    accountTitle: 'Validation en deux étapes',
    on: 'Activée',
    off: 'Désactivée',
    setUp: 'Activer',
    disable: 'Désactiver',
    disableIntro:
      'Saisissez un code actuel de votre application (ou un code de secours) pour la désactiver.',
    disabled: 'La validation en deux étapes est désactivée.',
    requiredForRole: 'Votre rôle l’exige : elle ne peut pas être désactivée.',
    reset: 'Réinitialiser la validation en deux étapes',
    resetConfirm:
      'Effacer l’application d’authentification et les codes de secours de ce compte ? Ses sessions se terminent et il réactive la validation en deux étapes à sa prochaine connexion.',
    resetDone:
      'La validation en deux étapes a été réinitialisée. Le compte la réactive à sa prochaine connexion.',
  },
};
