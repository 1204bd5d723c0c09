import type { Strings } from '../../../i18n/strings';
import type { auditEn } from './en';

/** Les libellés du journal d’audit. */
export const auditFr: Strings<typeof auditEn> = {
  home: {
    auditShortcut: 'Journal d’audit',
    auditShortcutText: 'Qui a fait quoi, quand et d’où',
  },
  audit: {
    title: 'Journal d’audit',
    filters: 'Filtres',
    actor: 'Auteur (identifiant du compte)',
    patient: 'Identifiant du patient',
    action: 'Action',
    outcome: 'Résultat',
    anyOutcome: 'Tous les résultats',
    from: 'Du',
    to: 'Au',
    apply: 'Appliquer les filtres',
    clear: 'Effacer',
    count_one: '{{count}} événement',
    count_other: '{{count}} événements',
    empty: 'Aucun événement ne correspond à ces filtres.',
    loadMore: 'Afficher plus',
    anonymous: 'Anonyme',
    target: 'Cible',
    outcomes: {
      SUCCESS: 'Réussite',
      FAILURE: 'Échec',
      DENIED: 'Refusé',
    },
  },
};
