/**
 * English strings of the audit log (`audit.*`) and its home-page shortcuts (`home.*`); `fr.ts` has
 * the same keys.
 */
export const auditEn = {
  home: {
    auditShortcut: 'Audit log',
    auditShortcutText: 'Who did what, when and from where',
  },
  audit: {
    title: 'Audit log',
    filters: 'Filters',
    actor: 'Actor (account id)',
    patient: 'Patient id',
    action: 'Action',
    outcome: 'Outcome',
    anyOutcome: 'Any outcome',
    from: 'From',
    to: 'To',
    apply: 'Apply filters',
    clear: 'Clear',
    count_one: '{{count}} event',
    count_other: '{{count}} events',
    empty: 'No event matches these filters.',
    loadMore: 'Load more',
    anonymous: 'Anonymous',
    target: 'Target',
    outcomes: {
      SUCCESS: 'Success',
      FAILURE: 'Failure',
      DENIED: 'Denied',
    },
  },
};
