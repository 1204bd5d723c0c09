/**
 * English strings of the account screens (`account.*`) and its home-page shortcuts (`home.*`);
 * `fr.ts` has the same keys.
 */
export const accountEn = {
  home: {
    accountShortcut: 'My account',
    accountShortcutText: 'Profile, password and language',
  },
  account: {
    title: 'My account',
    profile: 'Profile',
    email: 'Email',
    role: 'Role',
    givenName: 'Given name',
    familyName: 'Family name',
    phone: 'Phone',
    address: 'Address',
    jobTitle: 'Job title',
    lastLogin: 'Last sign-in',
    edit: 'Edit profile',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Profile saved.',
    patientNames: 'Your name is managed by reception on your patient record.',
    security: 'Security',
    changePassword: 'Change password',
    logout: 'Sign out',
    loggingOut: 'Signing out…',
    notSet: 'Not set',
    mail: 'Mail',
    reminders: 'Appointment reminders by mail',
    remindersHelp: 'A mail the day before each appointment, to a confirmed address.',
    remindersSaved: 'Your choice is saved.',
    verified: 'Confirmed address',
    unverified: 'Not confirmed yet',
  },
  verifyBanner: {
    text: 'Please confirm your email address with the link we mailed to {{email}}. Until then, you get no appointment reminders.',
    resend: 'Send the link again',
    sending: 'Sending…',
    sent: 'A new link is on its way.',
  },
};
