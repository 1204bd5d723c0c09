import type {
  AdjustStockInput,
  DispenseInput,
  ReceiveStockInput,
  ReceiveStockLineInput,
  WriteOffReason,
  WriteOffStockInput,
} from '../../gql/graphql';
import { parseDayMonthYear } from './dates';
import { MAX_CENTS, parseEurosToCents } from './money';

/** What a pharmacy form can find wrong: i18n keys under `pharmacy.errors.`. */
export type ProblemKey =
  | 'required'
  | 'quantity'
  | 'count'
  | 'money'
  | 'date'
  | 'datePast'
  | 'pickItem'
  | 'pickPatient'
  | 'pickWard'
  | 'pickLot'
  | 'lotReason'
  | 'noLines'
  | 'tooLong'
  | 'duplicateLot'
  | 'moreThanOnHand';

/** Per field (the API's field names, `lines.0.quantity`…): what is wrong. */
export type Problems = Record<string, ProblemKey>;
export type Result<T> = { ok: true; input: T } | { ok: false; problems: Problems };

/** Units of issue in one line: a whole number from 1 to a million. */
export const MAX_QUANTITY = 1_000_000;

/**
 * A typed quantity of units: a whole number, 1 or more (0 too when `allowZero`, for a count).
 * '' is null; anything else (decimals, signs, letters, too big) is NaN.
 */
export function parseQuantity(text: string, allowZero = false): number | null {
  const s = text.trim();
  if (!s) return null;
  if (!/^\d+$/.test(s)) return Number.NaN;
  const n = Number(s);
  if (n > MAX_QUANTITY || (n === 0 && !allowZero)) return Number.NaN;
  return n;
}

/** One delivery line as typed. */
export interface LineValues {
  /** A stable key for React while lines are added and removed. */
  key: string;
  itemId: string | null;
  lotNumber: string;
  expiry: string;
  quantity: string;
  unitCost: string;
}

export function emptyLine(key: string): LineValues {
  return { key, itemId: null, lotNumber: '', expiry: '', quantity: '', unitCost: '' };
}

/**
 * One delivery line as the API's input, or what is wrong with it (keys without the `lines.N.`
 * prefix). An expiry before `today` is refused as the API would: a lot already expired is not
 * received.
 */
export function lineInput(
  v: LineValues,
  today: string,
): { ok: true; input: ReceiveStockLineInput } | { ok: false; problems: Problems } {
  const problems: Problems = {};
  if (!v.itemId) problems.itemId = 'pickItem';
  const lotNumber = v.lotNumber.trim();
  if (!lotNumber) problems.lotNumber = 'required';
  else if (lotNumber.length > 40) problems.lotNumber = 'tooLong';
  const expiry = parseDayMonthYear(v.expiry);
  if (expiry === null) problems.expiryDate = 'required';
  else if (expiry === undefined) problems.expiryDate = 'date';
  else if (expiry < today) problems.expiryDate = 'datePast';
  const quantity = parseQuantity(v.quantity);
  if (quantity === null) problems.quantity = 'required';
  else if (Number.isNaN(quantity)) problems.quantity = 'quantity';
  const cents = parseEurosToCents(v.unitCost);
  if (cents === null) problems.unitCostCents = 'required';
  else if (Number.isNaN(cents) || cents > MAX_CENTS) problems.unitCostCents = 'money';
  if (Object.keys(problems).length > 0 || !v.itemId || !expiry || !quantity || cents === null) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    input: { itemId: v.itemId, lotNumber, expiryDate: expiry, quantity, unitCostCents: cents },
  };
}

/**
 * A delivery as the API's input: a supplier and at least one line, every line valid, no lot of an
 * item twice. Problems carry the API's names (`supplier`, `lines.1.quantity`) so that the
 * server's own field errors land on the same inputs.
 */
export function receiveInput(
  id: string,
  supplier: string,
  lines: readonly LineValues[],
  today: string,
  locationId?: string,
): Result<ReceiveStockInput> {
  const problems: Problems = {};
  const name = supplier.trim();
  if (!name) problems.supplier = 'required';
  else if (name.length > 200) problems.supplier = 'tooLong';
  if (lines.length === 0) problems.lines = 'noLines';
  const inputs: ReceiveStockLineInput[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const r = lineInput(line, today);
    if (!r.ok) {
      for (const [k, v] of Object.entries(r.problems)) problems[`lines.${String(i)}.${k}`] = v;
      return;
    }
    const key = `${r.input.itemId} ${r.input.lotNumber}`;
    if (seen.has(key)) problems[`lines.${String(i)}.lotNumber`] = 'duplicateLot';
    seen.add(key);
    inputs.push(r.input);
  });
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const input: ReceiveStockInput = { id, supplier: name, lines: inputs };
  if (locationId) input.locationId = locationId;
  return { ok: true, input };
}

/** The dispensing form as typed. */
export interface DispenseValues {
  to: 'patient' | 'ward';
  patientId: string | null;
  prescriptionId: string | null;
  wardLocationId: string;
  fromLocationId: string;
  itemId: string | null;
  /** '' for the lot the server proposes (first to expire). */
  lotId: string;
  /** The lot the server would take first, to know whether a reason is needed. */
  proposedLotId: string | null;
  lotChoiceReason: string;
  quantity: string;
}

/**
 * A dispensing as the API's input: to a patient (against one of their active prescriptions) or
 * to a ward's stock, a whole quantity, and a reason whenever the pharmacist takes another lot than
 * the one first to expire.
 */
export function dispenseInput(id: string, v: DispenseValues): Result<DispenseInput> {
  const problems: Problems = {};
  if (v.to === 'patient' && !v.patientId) problems.patientId = 'pickPatient';
  if (v.to === 'ward' && !v.wardLocationId) problems.toLocationId = 'pickWard';
  if (!v.itemId) problems.itemId = 'pickItem';
  if (!v.fromLocationId) problems.fromLocationId = 'required';
  const quantity = parseQuantity(v.quantity);
  if (quantity === null) problems.quantity = 'required';
  else if (Number.isNaN(quantity)) problems.quantity = 'quantity';
  const otherLot = v.lotId !== '' && v.lotId !== v.proposedLotId;
  const reason = v.lotChoiceReason.trim();
  if (otherLot && !reason) problems.lotChoiceReason = 'lotReason';
  if (reason.length > 500) problems.lotChoiceReason = 'tooLong';
  if (Object.keys(problems).length > 0 || !v.itemId || !quantity) return { ok: false, problems };
  const input: DispenseInput = {
    id,
    itemId: v.itemId,
    fromLocationId: v.fromLocationId,
    quantity,
  };
  if (v.to === 'patient' && v.patientId) {
    input.patientId = v.patientId;
    if (v.prescriptionId) input.prescriptionId = v.prescriptionId;
  } else input.toLocationId = v.wardLocationId;
  if (v.lotId) input.lotId = v.lotId;
  if (otherLot) input.lotChoiceReason = reason;
  return { ok: true, input };
}

/** A count of one lot: what was found on the shelf, and why the books were wrong. */
export function adjustInput(
  id: string,
  locationId: string,
  lotId: string,
  counted: string,
  reason: string,
): Result<AdjustStockInput> {
  const problems: Problems = {};
  if (!lotId) problems.lotId = 'pickLot';
  const n = parseQuantity(counted, true);
  if (n === null) problems.countedQuantity = 'required';
  else if (Number.isNaN(n)) problems.countedQuantity = 'count';
  const why = reason.trim();
  if (!why) problems.reason = 'required';
  else if (why.length > 500) problems.reason = 'tooLong';
  if (Object.keys(problems).length > 0 || n === null) return { ok: false, problems };
  return { ok: true, input: { id, locationId, lotId, countedQuantity: n, reason: why } };
}

/** Units of a lot taken out for good: how many (no more than on hand), why, a note for OTHER. */
export function writeOffInput(
  id: string,
  locationId: string,
  lotId: string,
  quantity: string,
  reason: WriteOffReason | '',
  note: string,
  onHand: number,
): Result<WriteOffStockInput> {
  const problems: Problems = {};
  if (!lotId) problems.lotId = 'pickLot';
  const n = parseQuantity(quantity);
  if (n === null) problems.quantity = 'required';
  else if (Number.isNaN(n)) problems.quantity = 'quantity';
  else if (n > onHand) problems.quantity = 'moreThanOnHand';
  if (!reason) problems.reason = 'required';
  const text = note.trim();
  if (reason === 'OTHER' && !text) problems.note = 'required';
  if (text.length > 500) problems.note = 'tooLong';
  if (Object.keys(problems).length > 0 || !n || !reason) return { ok: false, problems };
  const input: WriteOffStockInput = { id, locationId, lotId, quantity: n, reason };
  if (text) input.note = text;
  return { ok: true, input };
}
