/**
 * English strings of two-step verification (`mfa.*`): the sign-in code step, enrolment, the
 * account switch and the administrators' reset. In the shell's core strings: the code step and
 * the forced enrolment come before the signed-in app. `fr.ts` has the same keys.
 */
export const mfaEn = {
  mfa: {
    signInTitle: 'Two-step verification',
    signInIntro:
      'Enter the 6-digit code shown by your authenticator app, or one of your recovery codes.',
    code: 'Code',
    verify: 'Verify',
    verifying: 'Checking…',
    wrongCode:
      'This code is not valid or was already used. Wait for the next code. After 5 failed attempts in a row, signing in is paused for 15 minutes.',
    expired: 'This sign-in took too long. Enter your password again.',
    backToPassword: 'Back to the password',
    setupTitle: 'Set up two-step verification',
    requiredIntro:
      'Your role requires two-step verification. Set it up now: nothing else opens until it is on.',
    optionalIntro: 'Protect your account with a code from your phone in addition to your password.',
    start: 'Start',
    scan: '1. Scan this QR code with an authenticator app (Google Authenticator, FreeOTP, 1Password…).',
    qrAlt: 'QR code that adds your CareGraph account to an authenticator app',
    manual: 'Cannot scan? Type this key into the app:',
    enterCode: '2. Enter the 6-digit code the app shows.',
    confirm: 'Turn on',
    wrongSetupCode: 'This is not the current code of the app. Check it and try again.',
    codesTitle: 'Your recovery codes',
    codesIntro:
      'Each code signs you in once if you lose your phone. Keep them somewhere safe: they are shown only now.',
    copy: 'Copy the codes',
    copied: 'Codes copied.',
    print: 'Print',
    done: 'I have kept my codes',
    accountTitle: 'Two-step verification',
    on: 'On',
    off: 'Off',
    setUp: 'Set up',
    disable: 'Turn off',
    disableIntro: 'Enter a current code of your app (or a recovery code) to turn it off.',
    disabled: 'Two-step verification is off.',
    requiredForRole: 'Your role requires it: it cannot be turned off.',
    reset: 'Reset two-step verification',
    resetConfirm:
      'Erase this account’s authenticator and recovery codes? Its sessions end, and it sets up two-step verification again at its next sign-in.',
    resetDone: 'Two-step verification was reset. The account sets it up again at its next sign-in.',
  },
};
