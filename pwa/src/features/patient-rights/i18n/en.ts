/** English strings of a patient's rights over their record and account (`rights.*`). */
export const patientRightsEn = {
  rights: {
    recordTitle: 'My record',
    recordText:
      'Download everything the hospital holds about your care: visits, diagnoses, prescriptions, vital signs, results, allergies, appointments and invoices.',
    downloadJson: 'Download my record (FHIR JSON)',
    downloadJsonHelp: 'For another hospital or a health app.',
    downloadPdf: 'Download my record (PDF)',
    downloadPdfHelp: 'To read or print.',
    preparing: 'Preparing…',
    downloaded: 'Your file {{name}} is downloaded.',
    closeTitle: 'Close my account',
    closeText:
      'Closing your account removes your access to the patient portal: you can no longer sign in, and every device where you are signed in is signed out.',
    closeKept:
      'Your medical record is not deleted: the law requires the hospital to keep it, and the care team goes on using it when you come for care. To sign in again later, ask reception.',
    closeStart: 'Close my account…',
    password: 'Your password',
    confirm:
      'I understand that I will no longer be able to sign in, and that my medical record is kept.',
    confirmRequired: 'Tick the box to confirm.',
    passwordRequired: 'Enter your password.',
    closeConfirm: 'Close my account now',
    closing: 'Closing…',
    cancel: 'Cancel',
  },
};
