import { shiftAt, shiftBounds, type Shift } from '../wards/index.js';
import { ShiftPackKind } from './shift-pack-kind.js';

/** How long a doctor's pack lasts after it was taken. */
export const DOCTOR_PACK_MS = 24 * 3_600_000;

/** What a pack covers: the nursing shift running (a nurse's), and when the pack expires. */
export interface PackWindow {
  /** The nursing shift running, for a nurse's pack; null for a doctor's. */
  shift: Shift | null;
  /** Start of the period whose doses are due (a nurse's shift); the instant taken, for a doctor. */
  startsAt: Date;
  /** When the pack expires: the end of the nurse's shift; 24 hours after it was taken, a doctor's. */
  endsAt: Date;
}

/**
 * The window of a pack taken at `now`. A nurse's is the nursing shift running (hospital time,
 * daylight-saving changes included): her patients and doses are those of the shift, and the pack
 * is worth nothing after it. A doctor works no nursing shift (a round in the morning, a clinic
 * until the evening, on call at night), so a doctor's pack lasts 24 hours from when it was taken:
 * every refresh while online takes a new one, and only a phone that stayed offline for a whole
 * day reaches the end.
 */
export function packWindow(kind: ShiftPackKind, now: Date, timeZone: string): PackWindow {
  switch (kind) {
    case ShiftPackKind.NURSE_SHIFT: {
      const running = shiftAt(now, timeZone);
      const { startsAt, endsAt } = shiftBounds(running.date, running.shift, timeZone);
      return { shift: running.shift, startsAt, endsAt };
    }
    case ShiftPackKind.DOCTOR_DAY:
      return { shift: null, startsAt: now, endsAt: new Date(now.getTime() + DOCTOR_PACK_MS) };
  }
}
