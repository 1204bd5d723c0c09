/**
 * The sign-in page (`login.html`): its text is already there, in every language; this module
 * makes it work. It signs in through the app's own operations, then opens the app, which restores
 * the session from the refresh cookie the sign-in set. Nothing of React, Ionic or Apollo loads
 * before that: on a phone the page is usable as soon as it paints.
 */
import i18next from 'i18next';
import { alertCircleOutline, cloudOfflineOutline, eyeOffOutline, eyeOutline } from 'ionicons/icons';
import { iconMask } from '../../app/components/icon-mask';
import { hint } from '../../app/session/hint';
import { coreEn } from '../../i18n/core.en';
import { coreFr } from '../../i18n/core.fr';
import {
  formatWait,
  isLanguage,
  LANGUAGES,
  rememberLanguage,
  type Language,
} from '../../i18n/language';
import {
  outcomeOf,
  requestOf,
  type FailureKey,
  type GraphQLAnswer,
  type Step,
} from '../../features/auth/sign-in';
import '../../features/auth/sign-in.css';

/** Where a signed-in user starts; the app sends them on (password change, two-step set-up). */
const APP_HOME = '/app/home';

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`login page: #${id} missing`);
  return found;
}

const i18n = i18next.createInstance();
// initAsync false: the strings are here, so the instance is ready when init returns.
void i18n.init({
  initAsync: false,
  resources: { en: { translation: coreEn }, fr: { translation: coreFr } },
  lng: isLanguage(document.documentElement.lang) ? document.documentElement.lang : 'en',
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
});

const passwordStep = element('password-step', HTMLElement);
const passwordForm = element('password-form', HTMLFormElement);
const codeStep = element('code-step', HTMLElement);
const codeForm = element('code-form', HTMLFormElement);
const email = element('email', HTMLInputElement);
const password = element('password', HTMLInputElement);
const code = element('code', HTMLInputElement);
const reveal = element('reveal-password', HTMLButtonElement);
const offlineBanner = element('offline-banner', HTMLElement);

/** The page's icons, as the app draws them (`app/components/Icon.tsx`). */
const ICONS: Record<string, string> = {
  offline: cloudOfflineOutline,
  reveal: eyeOutline,
  hide: eyeOffOutline,
  alert: alertCircleOutline,
};
function paintIcon(icon: HTMLElement, name: string) {
  const data = ICONS[name];
  if (data) icon.style.setProperty('--icon', iconMask(data));
}
for (const icon of document.querySelectorAll<HTMLElement>('[data-icon]')) {
  paintIcon(icon, icon.dataset.icon ?? '');
}

/** The message each form shows, kept as a key so that a language switch translates it. */
const shown = new Map<HTMLFormElement, { key: FailureKey; retryAfter?: number | undefined }>();

function render(form: HTMLFormElement) {
  const notice = form.querySelector<HTMLElement>('.cg-notice');
  if (!notice) return;
  const message = shown.get(form);
  notice.hidden = !message;
  notice.replaceChildren();
  if (!message) return;
  const icon = document.createElement('span');
  icon.className = 'cg-icon';
  icon.setAttribute('aria-hidden', 'true');
  paintIcon(icon, 'alert');
  const text = document.createElement('span');
  const t = i18n.t.bind(i18n);
  text.textContent = t(message.key, {
    time: formatWait((k, o) => t(k as 'time.minutes', o), message.retryAfter ?? 60),
  });
  notice.append(icon, text);
}

function show(form: HTMLFormElement, key: FailureKey | null, retryAfter?: number) {
  if (key) shown.set(form, { key, retryAfter });
  else shown.delete(form);
  render(form);
}

function setBusy(form: HTMLFormElement, busy: boolean) {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!button) return;
  button.disabled = busy;
  button.setAttribute('aria-busy', String(busy));
}

/** Posts one step; `null` when no answer came (offline, network down, a body that is no JSON). */
async function post(body: ReturnType<typeof requestOf>): Promise<GraphQLAnswer | null> {
  if (!navigator.onLine) return null;
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as GraphQLAnswer;
  } catch {
    return null;
  }
}

/** The challenge of the code step, while it shows. */
let challenge: string | null = null;

function showStep(step: Step) {
  passwordStep.hidden = step !== 'password';
  codeStep.hidden = step !== 'code';
  (step === 'password' ? password : code).focus();
}

async function signIn(step: Step, form: HTMLFormElement) {
  show(form, null);
  const input =
    step === 'password'
      ? { email: email.value.trim(), password: password.value }
      : { challenge: challenge ?? '', code: code.value.trim() };
  if (step === 'code' && !('code' in input && input.code)) return;
  setBusy(form, true);
  const answer = await post(requestOf(step, input));
  const outcome = outcomeOf(step, answer);
  if (outcome.kind === 'signedIn') {
    // The answer set the refresh cookie; the app starts from it. The button stays busy.
    hint.set(true);
    window.location.replace(APP_HOME);
    return;
  }
  setBusy(form, false);
  // What reached the server is typed again; what never left stays.
  if (answer && step === 'password') password.value = '';
  else if (answer) code.value = '';
  if (outcome.kind === 'code') {
    challenge = outcome.challenge;
    showStep('code');
  } else if (outcome.kind === 'restart') {
    challenge = null;
    showStep('password');
    show(passwordForm, outcome.message);
  } else {
    show(form, outcome.message, outcome.retryAfter);
  }
}

passwordForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void signIn('password', passwordForm);
});
codeForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void signIn('code', codeForm);
});
element('back-to-password', HTMLButtonElement).addEventListener('click', () => {
  challenge = null;
  show(codeForm, null);
  showStep('password');
  show(passwordForm, 'mfa.expired');
});

reveal.addEventListener('click', () => {
  const showing = password.type === 'password';
  password.type = showing ? 'text' : 'password';
  reveal.setAttribute('aria-pressed', String(showing));
  const icon = reveal.querySelector<HTMLElement>('.cg-icon');
  if (icon) paintIcon(icon, showing ? 'hide' : 'reveal');
});

function applyLanguage(language: Language) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language));
  }
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    const language = button.dataset.lang;
    if (!isLanguage(language)) return;
    rememberLanguage(language);
    applyLanguage(language);
    void i18n.changeLanguage(language).then(() => {
      render(passwordForm);
      render(codeForm);
    });
  });
}
applyLanguage(i18n.language as Language);

function followConnectivity() {
  offlineBanner.hidden = navigator.onLine;
}
window.addEventListener('online', followConnectivity);
window.addEventListener('offline', followConnectivity);
followConnectivity();

// Ready: until now a submit would have had nobody to send it.
for (const button of passwordForm.querySelectorAll<HTMLButtonElement>('button[type="submit"]')) {
  button.disabled = false;
}

// The service worker (the app's shell, for offline starts), once the page has settled.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
