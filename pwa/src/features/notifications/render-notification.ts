import type { TFunction } from 'i18next';
import { formatTime, formatWhen, numberFormat } from '../../app/format';
import type { NotificationKind } from '../../gql/graphql';

/** What the API stores of a notification: a kind and its parameters (see `NotificationKind`). */
export interface NotificationData {
  kind: NotificationKind;
  params: Record<string, unknown>;
}

export interface NotificationText {
  title: string;
  body: string;
}

const FLAGS = ['NORMAL', 'LOW', 'HIGH', 'CRITICAL_LOW', 'CRITICAL_HIGH', 'ABNORMAL'] as const;
type Flag = (typeof FLAGS)[number];

function isFlag(value: unknown): value is Flag {
  return typeof value === 'string' && (FLAGS as readonly string[]).includes(value);
}

/** A parameter read defensively: a notification outlives the code that wrote it. */
function text(params: Record<string, unknown>, key: string): string {
  const v = params[key];
  return typeof v === 'string' ? v : '';
}

function number(params: Record<string, unknown>, key: string): number {
  const v = params[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** A lab value the way the language writes it ("7,1 mmol/L" in French), or the text result. */
function labValue(params: Record<string, unknown>, language: string): string {
  const n = params.valueNumeric;
  if (typeof n === 'number') {
    const value = numberFormat(language, { maximumFractionDigits: 2 }).format(n);
    const unit = text(params, 'unit');
    return unit ? `${value} ${unit}` : value;
  }
  return text(params, 'valueText');
}

/**
 * The title and body of a notification in the reader's language, from its kind and parameters;
 * times are the hospital's, 24-hour (`app/format.ts`). A notification stored before kinds had
 * parameters holds its finished text (`{ title, body }`) and is shown as it was written.
 */
export function renderNotification(
  n: NotificationData,
  t: TFunction,
  language: string,
): NotificationText {
  const p = n.params;
  if (typeof p.title === 'string' && typeof p.body === 'string') {
    return { title: p.title, body: p.body };
  }
  const practitioner = text(p, 'practitionerName');
  const when = (key: string) => {
    const iso = text(p, key);
    return iso ? formatWhen(iso, language) : '';
  };
  const time = (key: string) => {
    const iso = text(p, key);
    return iso ? formatTime(iso, language) : '';
  };
  switch (n.kind) {
    case 'APPOINTMENT_BOOKED':
      return {
        title: t('notifications.kinds.APPOINTMENT_BOOKED.title'),
        body: t('notifications.kinds.APPOINTMENT_BOOKED.body', {
          practitioner,
          when: when('startsAt'),
        }),
      };
    case 'APPOINTMENT_MOVED':
      return {
        title: t('notifications.kinds.APPOINTMENT_MOVED.title'),
        body: t('notifications.kinds.APPOINTMENT_MOVED.body', {
          practitioner,
          when: when('startsAt'),
          before: when('previousStartsAt'),
        }),
      };
    case 'APPOINTMENT_CANCELLED':
      return {
        title: t('notifications.kinds.APPOINTMENT_CANCELLED.title'),
        body: t('notifications.kinds.APPOINTMENT_CANCELLED.body', {
          practitioner,
          when: when('startsAt'),
        }),
      };
    case 'APPOINTMENT_DELAYED':
      return {
        title: t('notifications.kinds.APPOINTMENT_DELAYED.title'),
        body: t('notifications.kinds.APPOINTMENT_DELAYED.body', {
          practitioner,
          time: time('startsAt'),
          count: number(p, 'delayMinutes'),
        }),
      };
    case 'APPOINTMENT_CANCELLED_PRACTITIONER':
      return {
        title: t('notifications.kinds.APPOINTMENT_CANCELLED_PRACTITIONER.title'),
        body: t('notifications.kinds.APPOINTMENT_CANCELLED_PRACTITIONER.body', {
          practitioner,
          when: when('startsAt'),
        }),
      };
    case 'PATIENTS_TO_CALL':
      return {
        title: t('notifications.kinds.PATIENTS_TO_CALL.title'),
        body: t('notifications.kinds.PATIENTS_TO_CALL.body', {
          practitioner,
          count: number(p, 'count'),
        }),
      };
    case 'WAITLIST_OFFER':
      return {
        title: t('notifications.kinds.WAITLIST_OFFER.title'),
        body: t('notifications.kinds.WAITLIST_OFFER.body', {
          practitioner,
          when: when('startsAt'),
          expires: time('expiresAt'),
        }),
      };
    case 'NEWS2_MEDIUM':
    case 'NEWS2_HIGH': {
      const values = { score: number(p, 'score'), patient: text(p, 'patientName') };
      return {
        title: t(`notifications.kinds.${n.kind}.title`, values),
        body: t(`notifications.kinds.${n.kind}.body`, values),
      };
    }
    case 'LAB_RESULT':
    case 'LAB_RESULT_CRITICAL': {
      const test = language.startsWith('fr') ? text(p, 'testNameFr') : text(p, 'testNameEn');
      const flag = isFlag(p.flag) ? t(`notifications.flags.${p.flag}`) : text(p, 'flag');
      const body = t(`notifications.kinds.${n.kind}.body`, {
        test,
        value: labValue(p, language),
        flag,
      });
      return {
        title: t(`notifications.kinds.${n.kind}.title`, { test, patient: text(p, 'patientName') }),
        body: p.corrected === true ? `${body} ${t('notifications.kinds.corrected')}` : body,
      };
    }
    case 'LOT_RECALLED': {
      const item = language.startsWith('fr') ? text(p, 'itemNameFr') : text(p, 'itemNameEn');
      const values = {
        item,
        lot: text(p, 'lotNumber'),
        patient: text(p, 'patientName'),
        reason: text(p, 'reason'),
      };
      return {
        title: t('notifications.kinds.LOT_RECALLED.title', values),
        body: t('notifications.kinds.LOT_RECALLED.body', values),
      };
    }
    case 'STOCK_ALERTS': {
      const parts = [
        ['belowReorderLevel', number(p, 'belowReorderLevel')],
        ['expiring', number(p, 'expiring')],
        ['expiredOnHand', number(p, 'expiredOnHand')],
      ] as const;
      return {
        title: t('notifications.kinds.STOCK_ALERTS.title'),
        body: parts
          .filter(([, count]) => count > 0)
          .map(([key, count]) => t(`notifications.kinds.STOCK_ALERTS.${key}`, { count }))
          .join(' · '),
      };
    }
    case 'EMERGENCY_ACCESS_OPENED':
      return {
        title: t('notifications.kinds.EMERGENCY_ACCESS_OPENED.title'),
        body: t('notifications.kinds.EMERGENCY_ACCESS_OPENED.body', {
          clinician: text(p, 'clinicianName'),
          patient: text(p, 'patientName'),
          until: time('expiresAt'),
        }),
      };
    default:
      // A kind newer than this build of the app: say that something arrived.
      return { title: t('notifications.kinds.unknown'), body: '' };
  }
}
