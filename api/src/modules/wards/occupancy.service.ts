import type { RequestContext } from '../../kernel/context.js';
import { pgArray } from '../../kernel/db/pg-array.js';
import { REPLICA } from '../../kernel/db/replicas.js';
import { ValidationError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/validation.js';
import { zonedInstant } from '../../kernel/zoned-time.js';
import { addDays } from './shifts.js';
import type { WardOccupancyDay } from './wards.types.js';

interface OccupancyRow {
  ward_id: string;
  ward_name: string;
  date: string;
  beds: string;
  occupied: string;
  admissions: string;
  discharges: string;
  mean_los: number | null;
}

/**
 * Occupancy per ward per day, computed in PostgreSQL: beds and occupied beds are counted at the
 * day's midnight (hospital time), admissions are stays begun in the ward that day (transfers in
 * included), discharges the admissions that ended in the ward that day, and the mean length of
 * stay is that of those discharges, admission to discharge, in days. Cancelled stays count for
 * nothing.
 */
export async function wardOccupancy(
  ctx: RequestContext,
  args: { from: string; to: string; wardId?: string | null },
): Promise<WardOccupancyDay[]> {
  if (args.to < args.from) throw new ValidationError({ to: 'is before from' });
  const days: string[] = [];
  for (let d = args.from; d <= args.to; d = addDays(d, 1)) {
    days.push(d);
    if (days.length > 366) throw new ValidationError({ to: 'at most 366 days at a time' });
  }
  if (args.wardId && !isUuid(args.wardId)) return [];
  const tz = ctx.config.timeZone;
  const midnights = days.map((d) => zonedInstant(d, 0, tz));
  const nexts = days.map((d) => zonedInstant(addDays(d, 1), 0, tz));
  // A figure over past days tolerates a replica's lag (kernel/db/replicas.ts).
  const rows = await ctx.em.getConnection(REPLICA).execute<OccupancyRow[]>(
    `with days as (
       select d.day, d.m, d.n from unnest(?::date[], ?::timestamptz[], ?::timestamptz[]) as d(day, m, n)
     )
     select w.id as ward_id, w.name as ward_name, days.day::text as date,
       (select count(*) from bed b where b.ward_id = w.id and b.created_at <= days.m
           and (b.removed_at is null or b.removed_at > days.m)) as beds,
       (select count(*) from bed_stay s where s.ward_id = w.id and not s.cancelled
           and s.started_at <= days.m and (s.ended_at is null or s.ended_at > days.m)) as occupied,
       (select count(*) from bed_stay s where s.ward_id = w.id and not s.cancelled
           and s.started_at >= days.m and s.started_at < days.n) as admissions,
       d.discharges, d.mean_los
       from ward w cross join days
       cross join lateral (
         select count(*) as discharges,
                avg(extract(epoch from a.discharged_at - a.admitted_at) / 86400)::float8 as mean_los
           from bed_stay s join admission a on a.id = s.admission_id
          where s.ward_id = w.id and not s.cancelled and a.status = 'DISCHARGED'
            and s.ended_at = a.discharged_at and s.ended_at >= days.m and s.ended_at < days.n
       ) d
      where (?::uuid is null or w.id = ?::uuid)
      order by w.name, days.day`,
    [pgArray(days), pgArray(midnights), pgArray(nexts), args.wardId ?? null, args.wardId ?? null],
  );
  return rows.map((r) => {
    const beds = Number(r.beds);
    const occupied = Number(r.occupied);
    return {
      wardId: r.ward_id,
      wardName: r.ward_name,
      date: r.date,
      beds,
      occupied,
      rate: beds === 0 ? 0 : occupied / beds,
      admissions: Number(r.admissions),
      discharges: Number(r.discharges),
      meanLengthOfStayDays: r.mean_los === null ? null : Math.round(r.mean_los * 100) / 100,
    };
  });
}
