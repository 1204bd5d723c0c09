export interface Timed {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

export interface Shift {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * R3: the practitioner is `minutes` late for the first of `following` (sorted by start). Each
 * appointment starts at the later of its own time and the end of the one before; gaps absorb the
 * delay, so shifting stops as soon as an appointment can keep its time. Returns only what moves.
 */
export function planDelay(following: readonly Timed[], minutes: number): Shift[] {
  const shifts: Shift[] = [];
  const first = following[0];
  if (!first || minutes <= 0) return shifts;
  let freeAt = first.startsAt.getTime() + minutes * 60_000;
  for (const a of following) {
    const start = a.startsAt.getTime();
    if (freeAt <= start) break;
    const duration = a.endsAt.getTime() - start;
    shifts.push({ id: a.id, startsAt: new Date(freeAt), endsAt: new Date(freeAt + duration) });
    freeAt += duration;
  }
  return shifts;
}
