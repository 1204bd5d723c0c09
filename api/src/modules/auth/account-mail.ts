import { Locale } from '../../kernel/auth/roles.js';

/** A mail's words, before it goes into the outbox. */
export interface MailWords {
  subject: string;
  text: string;
}

/** The password-reset mail, in the account's language; `link` carries the token. */
export function passwordResetMail(
  locale: Locale,
  name: string,
  link: string,
  minutes: number,
): MailWords {
  if (locale === Locale.en) {
    return {
      subject: 'CareGraph: reset your password',
      text: [
        `Hello ${name},`,
        '',
        'Someone (hopefully you) asked to reset the password of your CareGraph account.',
        `Choose a new password here within ${String(minutes)} minutes:`,
        '',
        link,
        '',
        'The link works once. If you did not ask for it, ignore this mail: your password stays',
        'as it is.',
      ].join('\n'),
    };
  }
  return {
    subject: 'CareGraph : réinitialisez votre mot de passe',
    text: [
      `Bonjour ${name},`,
      '',
      'Une demande de réinitialisation du mot de passe de votre compte CareGraph a été faite.',
      `Choisissez un nouveau mot de passe ici dans les ${String(minutes)} minutes :`,
      '',
      link,
      '',
      'Le lien ne sert qu’une fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce',
      'message : votre mot de passe reste inchangé.',
    ].join('\n'),
  };
}

/** The mail that confirms an address at self-registration, in the account's language. */
export function verificationMail(locale: Locale, name: string, link: string): MailWords {
  if (locale === Locale.en) {
    return {
      subject: 'CareGraph: confirm your email address',
      text: [
        `Hello ${name},`,
        '',
        'Welcome to CareGraph. Please confirm that this address is yours:',
        '',
        link,
        '',
        'Appointment reminders are sent only to a confirmed address.',
      ].join('\n'),
    };
  }
  return {
    subject: 'CareGraph : confirmez votre adresse e-mail',
    text: [
      `Bonjour ${name},`,
      '',
      'Bienvenue sur CareGraph. Merci de confirmer que cette adresse est la vôtre :',
      '',
      link,
      '',
      'Les rappels de rendez-vous ne sont envoyés qu’à une adresse confirmée.',
    ].join('\n'),
  };
}
