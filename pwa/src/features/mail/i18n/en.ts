/** English strings of the mail outbox screen (`mail.*`) and its home shortcut; `fr.ts` has the same keys. */
export const mailEn = {
  home: {
    mailShortcut: 'Mail outbox',
    mailShortcutText: 'Mails sent to patients and staff, and their delivery',
  },
  mail: {
    title: 'Mail outbox',
    status: 'Status',
    all: 'All',
    count_one: '{{count}} mail',
    count_other: '{{count}} mails',
    empty: 'No mail.',
    to: 'To',
    written: 'Written',
    sentAt: 'Sent',
    attempts: 'Attempts',
    error: 'Last error',
    show: 'Show the text',
    hide: 'Hide the text',
    loadMore: 'More mails',
    QUEUED: 'Queued',
    SENT: 'Sent',
    FAILED: 'Failed',
    PASSWORD_RESET: 'Password reset',
    EMAIL_VERIFICATION: 'Email confirmation',
    APPOINTMENT_REMINDER: 'Appointment reminder',
  },
};
