/** A case's wait as the server computed it at the queue's `asOf`. */
export interface ServerWait {
  waitedMinutes: number;
  targetMinutes: number;
  breached: boolean;
}

export interface TickedWait {
  waitedMinutes: number;
  targetMinutes: number;
  breached: boolean;
  /** Whole minutes left before the target falls; 0 or less once it has. */
  leftMinutes: number;
}

const MINUTE = 60_000;

/**
 * The wait now, without asking the server again: its answer at `asOf` plus the time elapsed
 * since (`elapsedMs`, measured on this device, so that a device clock set wrong does not matter).
 * Without `asOf` (one case read alone), the server's whole minutes are the starting point.
 * The clock runs until a doctor takes the patient, then stops (the API's `waitOf`): a taken case
 * keeps the server's figure. A target the server called missed stays missed.
 */
export function tickWait(
  c: { arrivedAt: string; wait: ServerWait },
  asOf: string | null,
  elapsedMs: number,
  running: boolean,
): TickedWait {
  const { wait } = c;
  if (!running) {
    return { ...pick(wait), leftMinutes: wait.targetMinutes - wait.waitedMinutes };
  }
  const since = Math.max(0, elapsedMs);
  const waitedMs =
    asOf === null
      ? wait.waitedMinutes * MINUTE + since
      : Math.max(0, Date.parse(asOf) + since - Date.parse(c.arrivedAt));
  // The server's figure is the floor at asOf: never show less than it (clocks may disagree).
  const waitedMinutes = Math.max(wait.waitedMinutes, Math.floor(waitedMs / MINUTE));
  return {
    waitedMinutes,
    targetMinutes: wait.targetMinutes,
    breached: wait.breached || waitedMs > wait.targetMinutes * MINUTE,
    leftMinutes: wait.targetMinutes - waitedMinutes,
  };
}

function pick(w: ServerWait): ServerWait {
  return { waitedMinutes: w.waitedMinutes, targetMinutes: w.targetMinutes, breached: w.breached };
}

/** How many of the waits have missed their target. */
export function countBreaches(waits: readonly { breached: boolean }[]): number {
  return waits.filter((w) => w.breached).length;
}
