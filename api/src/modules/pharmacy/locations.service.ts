import type { RequestContext } from '../../kernel/context.js';
import { requireViewer } from '../../kernel/context.js';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/validation.js';
import { NurseAssignment, shiftAt } from '../wards/index.js';
import { StockLocationKind } from './pharmacy-enums.js';
import { readsOnlyOwnWardsStock } from './pharmacy.rules.js';

/** The central pharmacy's location: one row, made by the migration. */
export const CENTRAL_PHARMACY_ID = '00000000-0000-4000-8000-0000000000c1';

/** A location as lists show it (a ward's, even before any stock went there). */
export interface LocationView {
  id: string;
  kind: StockLocationKind;
  name: string;
  wardId: string | null;
}

/** The wards a nurse covers for the running shift (hospital time). */
async function wardsCoveredNow(ctx: RequestContext): Promise<Set<string>> {
  const { date, shift } = shiftAt(ctx.clock.now(), ctx.config.timeZone);
  const rows = await ctx.em.find(NurseAssignment, {
    nurseUserId: requireViewer(ctx).userId,
    date,
    shift,
  });
  return new Set(rows.map((a) => a.ward.id));
}

/**
 * The locations the caller reads stock of: the central pharmacy and every ward, or, for a nurse,
 * the wards she covers this shift. A ward's location is listed from the ward itself, so a new
 * ward has one at once (its id is the ward's).
 */
export async function readableLocations(ctx: RequestContext): Promise<LocationView[]> {
  const narrowed = readsOnlyOwnWardsStock(requireViewer(ctx));
  const covered = narrowed ? await wardsCoveredNow(ctx) : null;
  const wards = await ctx.em.execute<{ id: string; name: string }[]>(
    'select id, name from ward order by name',
  );
  const list: LocationView[] = narrowed
    ? []
    : [
        {
          id: CENTRAL_PHARMACY_ID,
          kind: StockLocationKind.CENTRAL_PHARMACY,
          name:
            (
              await ctx.em.execute<{ name: string }[]>(
                'select name from stock_location where id = ?',
                [CENTRAL_PHARMACY_ID],
              )
            )[0]?.name ?? 'Pharmacie centrale',
          wardId: null,
        },
      ];
  for (const w of wards) {
    if (covered && !covered.has(w.id)) continue;
    list.push({ id: w.id, kind: StockLocationKind.WARD, name: w.name, wardId: w.id });
  }
  return list;
}

/** One location the caller may read; any other id, or one outside her wards, is NOT_FOUND. */
export async function readableLocation(ctx: RequestContext, id: string): Promise<LocationView> {
  const key = isUuid(id) ? id.toLowerCase() : null;
  if (key && !readsOnlyOwnWardsStock(requireViewer(ctx))) {
    // Everyone but a nurse reads every location: one look-up, not the list.
    const [row] = await ctx.em.execute<{ name: string; ward: boolean }[]>(
      `select name, false as ward from stock_location where id = ? and kind = ?
       union all select name, true from ward where id = ?`,
      [key, StockLocationKind.CENTRAL_PHARMACY, key],
    );
    if (!row) throw new NotFoundError('Stock location');
    return row.ward
      ? { id: key, kind: StockLocationKind.WARD, name: row.name, wardId: key }
      : { id: key, kind: StockLocationKind.CENTRAL_PHARMACY, name: row.name, wardId: null };
  }
  const found = key ? (await readableLocations(ctx)).find((l) => l.id === key) : undefined;
  if (!found) throw new NotFoundError('Stock location');
  return found;
}
