import type { EntityManager } from '@mikro-orm/postgresql';
import { zonedDay } from '../../kernel/zoned-time.js';
import { documentNumber } from './money.js';

export type Series = 'INVOICE' | 'CREDIT_NOTE' | 'RECEIPT';

/**
 * The next number of a series for the hospital year of `at`. The upsert locks the counter's row
 * until the caller's transaction ends: concurrent issuers take consecutive numbers one after the
 * other, and a transaction that rolls back gives its number back with it (no gap survives).
 */
export async function nextNumber(
  em: EntityManager,
  series: Series,
  at: Date,
  timeZone: string,
): Promise<{ year: number; seq: number; number: string }> {
  const year = Number(zonedDay(at, timeZone).date.slice(0, 4));
  const rows = await em.execute<{ last: number }[]>(
    `insert into billing_counter (series, year, last) values (?, ?, 1)
     on conflict (series, year) do update set last = billing_counter.last + 1
     returning last`,
    [series, year],
  );
  const seq = rows[0]?.last;
  if (seq === undefined) throw new Error('billing_counter: no number returned');
  return { year, seq, number: documentNumber(series, year, seq) };
}
