import {
  banOutline,
  bedOutline,
  bookmarkOutline,
  checkmarkCircleOutline,
  sparklesOutline,
} from 'ionicons/icons';
import type { BedBoardQuery, BedStatus, News2Risk, Shift } from '../../gql/graphql';
import { dateTimeFormat, HOSPITAL_TIME_ZONE } from '../../app/format';

export type BoardTile = BedBoardQuery['bedBoard']['beds'][number];
export type BoardOccupant = NonNullable<BoardTile['occupant']>;

/** Every bed status, in the order the census reads them. */
export const BED_STATUSES: readonly BedStatus[] = [
  'FREE',
  'OCCUPIED',
  'RESERVED',
  'TO_CLEAN',
  'OUT_OF_SERVICE',
];

/**
 * The icon of each status: a tile says its state with an icon and words, never with its colour
 * alone (colour-blind readers, a washed-out tablet in the sun).
 */
export function statusIcon(status: BedStatus): string {
  switch (status) {
    case 'FREE':
      return checkmarkCircleOutline;
    case 'OCCUPIED':
      return bedOutline;
    case 'RESERVED':
      return bookmarkOutline;
    case 'TO_CLEAN':
      return sparklesOutline;
    case 'OUT_OF_SERVICE':
      return banOutline;
  }
}

/** The i18n key of a status's words. */
export function statusKey(status: BedStatus) {
  return `wards.status.${status}` as const;
}

/** The NEWS2 band to show: the risk the API computed, or `NONE` when no complete set is scored. */
export type News2Band = News2Risk | 'NONE';

export function news2Band(
  score: number | null | undefined,
  risk: News2Risk | null | undefined,
): News2Band {
  return score === null || score === undefined || !risk ? 'NONE' : risk;
}

/** The i18n key of the risk words beside a NEWS2 score. */
export function news2Key(band: News2Band) {
  return `wards.news2.${band}` as const;
}

/** One room of the board with its beds, in the board's order. */
export interface BoardRoom {
  roomId: string;
  roomNumber: string;
  roomKind: BoardTile['roomKind'];
  isolationCapable: boolean;
  beds: BoardTile[];
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Rooms and bed labels in the order a person reads them: "2" < "10", "301-A" < "301-B". */
export function compareLabels(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * The tiles grouped by room: rooms by number, beds by label (as the API sends them, and sorted
 * again so that a board assembled otherwise reads the same). Never changes its input.
 */
export function groupByRoom(tiles: readonly BoardTile[]): BoardRoom[] {
  const rooms = new Map<string, BoardRoom>();
  for (const tile of tiles) {
    let room = rooms.get(tile.roomId);
    if (!room) {
      room = {
        roomId: tile.roomId,
        roomNumber: tile.roomNumber,
        roomKind: tile.roomKind,
        isolationCapable: tile.isolationCapable,
        beds: [],
      };
      rooms.set(tile.roomId, room);
    }
    room.beds.push(tile);
  }
  const out = [...rooms.values()].sort((a, b) => compareLabels(a.roomNumber, b.roomNumber));
  for (const room of out) room.beds.sort((a, b) => compareLabels(a.label, b.label));
  return out;
}

/** How many beds of each status. */
export function census(tiles: readonly { status: BedStatus }[]): Record<BedStatus, number> {
  const counts = Object.fromEntries(BED_STATUSES.map((s) => [s, 0])) as Record<BedStatus, number>;
  for (const tile of tiles) counts[tile.status] += 1;
  return counts;
}

/** Beds a patient can be moved to: free ones, the patient's own excepted. */
export function freeBeds<
  T extends { bedId: string; status: BedStatus; roomNumber: string; label: string },
>(tiles: readonly T[], exceptBedId?: string): T[] {
  return tiles
    .filter((t) => t.status === 'FREE' && t.bedId !== exceptBedId)
    .sort((a, b) => compareLabels(a.roomNumber, b.roomNumber) || compareLabels(a.label, b.label));
}

/** What may be done from a tile, as the bed's state and the account's capabilities allow. */
export type BedAction =
  | 'admit'
  | 'reserve'
  | 'cancelReservation'
  | 'chart'
  | 'stays'
  | 'transfer'
  | 'discharge'
  | 'cancelAdmission'
  | 'markClean'
  | 'outOfService'
  | 'backInService';

export interface BedActionRights {
  admit: boolean;
  chart: boolean;
  /** Read a patient's stays (`admissions(patientId)`). */
  stays: boolean;
  setBedStatus: boolean;
}

/**
 * The actions a tile's sheet offers, in the order it lists them. An occupied bed is about its
 * patient; an empty one about admitting, holding it for a planned admission, and housekeeping.
 * Reservations are the admissions office's, so `admit` grants them too.
 */
export function bedActions(
  tile: Pick<BoardTile, 'status' | 'occupant'> & { reservationId?: string | null },
  can: BedActionRights,
): BedAction[] {
  const actions: BedAction[] = [];
  switch (tile.status) {
    case 'OCCUPIED':
      if (can.chart && tile.occupant) actions.push('chart');
      if (can.stays && tile.occupant) actions.push('stays');
      if (can.admit && tile.occupant) actions.push('transfer', 'discharge', 'cancelAdmission');
      return actions;
    case 'FREE':
      if (can.admit) actions.push('admit', 'reserve');
      if (can.setBedStatus) actions.push('outOfService');
      return actions;
    case 'RESERVED':
      if (can.admit) actions.push('admit');
      if (can.admit && tile.reservationId) actions.push('cancelReservation');
      if (can.setBedStatus) actions.push('outOfService');
      return actions;
    case 'TO_CLEAN':
      if (can.setBedStatus) actions.push('markClean', 'outOfService');
      return actions;
    case 'OUT_OF_SERVICE':
      if (can.setBedStatus) actions.push('backInService');
      return actions;
  }
}

/** The shift running at an instant in the hospital, and the day it started on. */
export function shiftAt(at: Date, timeZone = HOSPITAL_TIME_ZONE): { date: string; shift: Shift } {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  const hour = Number(part('hour'));
  if (hour < 7) {
    const previous = new Date(`${date}T00:00:00Z`);
    previous.setUTCDate(previous.getUTCDate() - 1);
    return { date: previous.toISOString().slice(0, 10), shift: 'NIGHT' };
  }
  if (hour < 15) return { date, shift: 'DAY' };
  if (hour < 23) return { date, shift: 'EVENING' };
  return { date, shift: 'NIGHT' };
}
