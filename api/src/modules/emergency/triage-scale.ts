import { EmergencyStatus, TriageLevel } from './emergency-enums.js';

/**
 * The FRENCH triage scale (FRench Emergency Nurses Classification in-Hospital), published by the
 * Société française de médecine d'urgence: P. Taboulet et al., "Triage des patients à l'accueil
 * d'une structure d'urgences. Présentation de l'échelle de tri élaborée par la SFMU : la FRENCH",
 * Annales françaises de médecine d'urgence 9 (2019) 10–16. Each level comes with the longest
 * wait before a doctor sees the patient.
 */
export const TRIAGE_SCALE: Readonly<
  Record<TriageLevel, { rank: number; targetMinutes: number; meaning: string }>
> = {
  [TriageLevel.L1]: { rank: 1, targetMinutes: 0, meaning: 'Immediate threat to life' },
  [TriageLevel.L2]: { rank: 2, targetMinutes: 20, meaning: 'Organ failure or severe injury' },
  [TriageLevel.L3A]: { rank: 3, targetMinutes: 60, meaning: 'Potential threat, several resources' },
  [TriageLevel.L3B]: { rank: 4, targetMinutes: 90, meaning: 'Potential threat, one resource' },
  [TriageLevel.L4]: { rank: 5, targetMinutes: 120, meaning: 'Stable, one simple resource' },
  [TriageLevel.L5]: { rank: 6, targetMinutes: 240, meaning: 'No resource needed' },
};

/**
 * The house target for triage itself (not part of the FRENCH): an arrival not yet triaged waits
 * at most this long for the triage nurse.
 */
export const TRIAGE_TARGET_MINUTES = 10;

/** What the clock says of one case: how long, against which target, and whether it is late. */
export interface WaitState {
  /** Minutes from arrival to the doctor (or to now while no doctor has seen the patient). */
  waitedMinutes: number;
  /** The target for what the patient waits for: triage, or the doctor at their level. */
  targetMinutes: number;
  /** When the target falls (or fell). */
  dueAt: Date;
  /** Whether the target was or is being missed. */
  breached: boolean;
  /** The instant the wait was computed at. */
  asOf: Date;
}

export interface ClockedCase {
  arrivedAt: Date;
  level: TriageLevel | null;
  /** When a doctor first took the patient; null while none has. */
  doctorAt: Date | null;
  status: EmergencyStatus;
  closedAt: Date | null;
}

const MINUTE = 60_000;

/**
 * The wait of a case at `now`: until triage the triage target applies, then the level's target
 * to medical contact; the clock stops when a doctor takes the patient or the case closes.
 */
export function waitOf(c: ClockedCase, now: Date): WaitState {
  const targetMinutes =
    c.level === null ? TRIAGE_TARGET_MINUTES : TRIAGE_SCALE[c.level].targetMinutes;
  const stop = c.doctorAt ?? c.closedAt ?? now;
  const waitedMs = Math.max(0, stop.getTime() - c.arrivedAt.getTime());
  return {
    waitedMinutes: Math.floor(waitedMs / MINUTE),
    targetMinutes,
    dueAt: new Date(c.arrivedAt.getTime() + targetMinutes * MINUTE),
    breached: waitedMs > targetMinutes * MINUTE,
    asOf: now,
  };
}

/** Rank in the queue: not yet triaged first (triage is the next act), then level 1 to 5. */
function rankOf(level: TriageLevel | null): number {
  return level === null ? 0 : TRIAGE_SCALE[level].rank;
}

/** The queue's order: level (untriaged first), then arrival, then id for a stable order. */
export function byQueueOrder(
  a: { level: TriageLevel | null; arrivedAt: Date; id: string },
  b: { level: TriageLevel | null; arrivedAt: Date; id: string },
): number {
  return (
    rankOf(a.level) - rankOf(b.level) ||
    a.arrivedAt.getTime() - b.arrivedAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Which status changes a case may go through by hand (closing has its own mutation). */
const NEXT: Readonly<Record<EmergencyStatus, readonly EmergencyStatus[]>> = {
  [EmergencyStatus.WAITING]: [EmergencyStatus.IN_TRIAGE, EmergencyStatus.WAITING_FOR_DOCTOR],
  [EmergencyStatus.IN_TRIAGE]: [EmergencyStatus.WAITING_FOR_DOCTOR],
  [EmergencyStatus.WAITING_FOR_DOCTOR]: [EmergencyStatus.WITH_DOCTOR],
  [EmergencyStatus.WITH_DOCTOR]: [EmergencyStatus.AWAITING_DECISION],
  [EmergencyStatus.AWAITING_DECISION]: [EmergencyStatus.WITH_DOCTOR],
  [EmergencyStatus.CLOSED]: [],
};

/** Whether a case may go from one status to another. */
export function mayMove(from: EmergencyStatus, to: EmergencyStatus): boolean {
  return NEXT[from].includes(to);
}
