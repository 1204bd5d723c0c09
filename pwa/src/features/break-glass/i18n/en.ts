/**
 * English strings of break-the-glass (`breakGlass.*`) and the reviewers' home shortcut
 * (`home.*`); `fr.ts` has the same keys.
 */
export const breakGlassEn = {
  home: {
    emergencyAccessShortcut: 'Emergency accesses',
    emergencyAccessShortcutText: 'Review who opened a record in an emergency',
  },
  breakGlass: {
    offerTitle: 'Emergency access',
    offerText:
      'This patient is outside the wards you cover this shift, so their record is closed to you. If you need it for a patient’s safety, you may open it now.',
    warning:
      'An emergency access is recorded with your name and your reason, and reviewed by a manager. It ends by itself.',
    reason: 'Reason (required)',
    reasonHelp: 'Say why you need this record now (at least {{count}} characters).',
    reasonTooShort: 'Give a reason of at least {{count}} characters.',
    open: 'Open emergency access',
    opening: 'Opening…',
    banner: 'Emergency access — recorded and reviewed. Ends at {{time}}.',
    title: 'Emergency accesses',
    filter: 'Show',
    filters: { PENDING: 'To review', ALL: 'All' },
    none: 'No emergency access to show.',
    who: '{{name}} ({{role}})',
    patient: 'Patient',
    reasonLabel: 'Reason',
    opened: 'Opened',
    until: 'Until',
    activeNow: 'running now',
    statuses: { PENDING: 'To review', ACKNOWLEDGED: 'Acknowledged', FLAGGED: 'Flagged' },
    reviewedBy: 'Reviewed by {{name}} on {{when}}',
    note: 'Review note',
    noteHelp: 'Required to flag.',
    noteRequired: 'Write a note to flag this access.',
    acknowledge: 'Acknowledge',
    flag: 'Flag',
    reviewed: 'Review recorded.',
    more: 'Show more',
  },
};
