/**
 * English strings of the home page (`home.*`): greeting, the patient’s own card, the shortcuts
 * heading; `fr.ts` has the same keys.
 */
export const homeEn = {
  home: {
    greetingMorning: 'Good morning, {{name}}',
    greetingAfternoon: 'Good afternoon, {{name}}',
    greetingEvening: 'Good evening, {{name}}',
    signedInAs: 'Signed in as {{role}}',
    shortcuts: 'Shortcuts',
    myRecord: 'My patient record',
    mrn: 'Record number (MRN)',
    birthDate: 'Date of birth',
    sex: 'Sex',
    phone: 'Phone',
    email: 'Email',
  },
};
