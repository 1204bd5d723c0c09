import type { Strings } from '../../../i18n/strings';
import type { symptomCheckEn } from './en';

/** Les libellés de l’orientation par symptômes et son raccourci d’accueil. */
export const symptomCheckFr: Strings<typeof symptomCheckEn> = {
  home: {
    symptomCheckShortcut: 'Évaluer un symptôme',
    symptomCheckShortcutText: 'Quel médecin consulter, et dans quel délai',
  },
  symptomCheck: {
    title: 'Vos symptômes',
    disclaimer:
      'Cette orientation ne remplace pas l’avis d’un médecin : ce n’est pas un diagnostic.',
    disclaimerUrgent: 'Si vous pensez que c’est une urgence, appelez le 15 ou le 112 maintenant.',
    progress: 'Étape {{n}} sur {{total}}',
    previous: 'Précédent',
    continue: 'Continuer',
    restart: 'Recommencer',
    yes: 'Oui',
    no: 'Non',
    answerAll_one: 'Encore {{count}} question sans réponse.',
    answerAll_other: 'Encore {{count}} questions sans réponse.',
    ageYears_one: '{{count}} an',
    ageYears_other: '{{count}} ans',
    ageMonths_one: '{{count}} mois',
    ageMonths_other: '{{count}} mois',
    about: {
      title: 'Vous',
      fromRecord: 'D’après votre dossier :',
      change: 'Modifier',
      ask: 'Votre âge et votre sexe orientent les questions.',
      birthDate: 'Date de naissance',
      birthDateInvalid: 'Saisissez une date de naissance passée.',
      sex: 'Sexe',
      pregnant: 'Êtes-vous enceinte ?',
      start: 'Commencer',
    },
    area: { title: 'Où se situe le problème ?' },
    symptom: { title: 'Quel est le symptôme principal ?' },
    duration: {
      title: 'Depuis combien de temps ?',
      HOURS: 'Moins de 24 heures',
      DAYS: '1 à 3 jours',
      WEEKS: '4 jours à 3 semaines',
      MONTHS: 'Plus de 3 semaines',
    },
    severity: {
      title: 'À quel point cela vous gêne-t-il ?',
      MILD: 'Un peu',
      MILDHint: 'Je peux faire mes activités',
      MODERATE: 'Beaucoup',
      MODERATEHint: 'Cela me gêne dans ce que je fais',
      SEVERE: 'Énormément',
      SEVEREHint: 'C’est intense, je ne peux presque rien faire',
    },
    questions: {
      title: 'Encore quelques questions',
      intro: 'Répondez à chacune par oui ou par non.',
      seeResult: 'Voir mon orientation',
    },
    emergency: {
      title: 'Appelez le 15 (SAMU) ou le 112 maintenant',
      lead: 'Vos réponses évoquent une urgence. N’attendez pas un rendez-vous.',
      because: 'Ce que nous avons repéré :',
      call15: 'Appeler le 15 (SAMU)',
      call112: 'Appeler le 112',
      callLine: 'Appeler le {{number}}',
      department:
        'Si vous pouvez vous y rendre sans danger, et sans conduire vous-même, allez au service d’urgences le plus proche.',
      deaf: 'Vous ne pouvez pas parler ou entendre ? Envoyez un SMS au 114.',
      text114: 'SMS au 114',
      undo: 'J’ai répondu par erreur',
    },
    result: {
      title: 'Notre orientation',
      see: 'Qui consulter',
      when: 'Dans quel délai',
      why: 'Pourquoi',
      urgency: {
        TODAY: 'Dans la journée',
        DAYS: 'Dans les 2 à 3 jours',
        WEEK: 'Dans la semaine',
        ROUTINE: 'Quand cela vous convient',
      },
      book: 'Prendre rendez-vous : {{specialty}}',
      bookGeneral: 'Plutôt un médecin généraliste',
      bookOffline:
        'La prise de rendez-vous demande une connexion : vous pourrez réserver dès le retour du réseau.',
      worse: 'Si cela s’aggrave, ou si un signe d’urgence apparaît, appelez le 15 ou le 112.',
    },
    rules: {
      version: 'Règles d’orientation {{version}}',
      reviewed: 'relues par {{by}} le {{on}}',
      notReviewed: 'relecture médicale en attente',
    },
  },
};
