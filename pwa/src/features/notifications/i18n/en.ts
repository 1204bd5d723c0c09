/** English strings of notifications (`notifications.*`); `fr.ts` has the same keys. */
export const notificationsEn = {
  notifications: {
    title: 'Notifications',
    bell_one: 'Notifications, {{count}} unread',
    bell_other: 'Notifications, {{count}} unread',
    markAll: 'Mark all as read',
    markRead: 'Mark as read',
    empty: 'No notification.',
    unread: 'Unread',
    urgent: 'Urgent',
    open: 'Open',
    /** One message per `NotificationKind`, written from its parameters. */
    kinds: {
      APPOINTMENT_BOOKED: {
        title: 'Appointment booked',
        body: 'Your appointment with {{practitioner}} is on {{when}}.',
      },
      APPOINTMENT_MOVED: {
        title: 'Appointment moved',
        body: 'Your appointment with {{practitioner}} is now on {{when}} (it was on {{before}}).',
      },
      APPOINTMENT_CANCELLED: {
        title: 'Appointment cancelled',
        body: 'Your appointment with {{practitioner}} on {{when}} is cancelled.',
      },
      APPOINTMENT_DELAYED: {
        title: 'Your doctor is running late',
        body_one:
          'Your appointment with {{practitioner}} now starts at {{time}}, {{count}} minute later.',
        body_other:
          'Your appointment with {{practitioner}} now starts at {{time}}, {{count}} minutes later.',
      },
      APPOINTMENT_CANCELLED_PRACTITIONER: {
        title: 'Appointment cancelled',
        body: '{{practitioner}} is unavailable: your appointment on {{when}} is cancelled. Reception will call you.',
      },
      PATIENTS_TO_CALL: {
        title: 'Patients to call',
        body_one: '{{count}} appointment with {{practitioner}} cancelled (practitioner absent).',
        body_other: '{{count}} appointments with {{practitioner}} cancelled (practitioner absent).',
      },
      WAITLIST_OFFER: {
        title: 'An earlier slot is free',
        body: '{{practitioner}}, {{when}}: accept it in your appointments before {{expires}}, when it goes to someone else.',
      },
      NEWS2_MEDIUM: {
        title: 'NEWS2 {{score}} — {{patient}}',
        body: 'Medium NEWS2 ({{score}}): prompt review.',
      },
      NEWS2_HIGH: {
        title: 'NEWS2 {{score}} — {{patient}}',
        body: 'High NEWS2 ({{score}}): urgent medical assessment.',
      },
      LAB_RESULT: {
        title: '{{test}}: {{patient}}',
        body: '{{test}} = {{value}} ({{flag}}).',
      },
      LAB_RESULT_CRITICAL: {
        title: 'CRITICAL — {{test}}: {{patient}}',
        body: '{{test}} = {{value}} ({{flag}}).',
      },
      LOT_RECALLED: {
        title: 'Lot recalled — {{patient}}',
        body: '{{item}}, lot {{lot}}, recalled: {{reason}}. This patient received it.',
      },
      EMERGENCY_ACCESS_OPENED: {
        title: 'Emergency access to review',
        body: '{{clinician}} opened the record of {{patient}} until {{until}}.',
      },
      STOCK_ALERTS: {
        title: 'Stock alerts',
        belowReorderLevel_one: '{{count}} item below reorder level',
        belowReorderLevel_other: '{{count}} items below reorder level',
        expiring_one: '{{count}} lot expiring soon',
        expiring_other: '{{count}} lots expiring soon',
        expiredOnHand_one: '{{count}} expired lot on hand',
        expiredOnHand_other: '{{count}} expired lots on hand',
      },
      corrected: 'Corrected result.',
      unknown: 'New notification',
    },
    /** A lab result's flag, inside a sentence. */
    flags: {
      NORMAL: 'normal',
      LOW: 'low',
      HIGH: 'high',
      CRITICAL_LOW: 'critically low',
      CRITICAL_HIGH: 'critically high',
      ABNORMAL: 'abnormal',
    },
  },
};
