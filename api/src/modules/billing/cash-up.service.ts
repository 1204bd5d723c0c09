import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { Problems } from '../../kernel/problems.js';
import { nextDate, zonedDay, zonedInstant } from '../../kernel/zoned-time.js';
import { seesOnlyOwnCashUps } from './billing.rules.js';
import { billingSettings } from './settings.js';
import { lockKey, writeOnce, type WriteOnce } from '../../kernel/write-once.js';
import { PaymentMethod } from './billing-enums.js';
import type { CloseCashDayInput } from './billing.inputs.js';
import { actorOf } from './invoices.service.js';
import { MAX_AMOUNT_MINOR } from './money.js';
import { CashUp } from './payment.entity.js';
import { BillingRefusal, BillingRefusalReason } from './refusals.js';

/** What a cash-up counts: totals per method and the cash expected in the drawer. */
export interface CashCount {
  paymentCount: number;
  totals: Record<PaymentMethod, number>;
  expectedCashMinor: number;
}

/** Pure: the counts of a set of payments (refunds are negative, so they come off their method). */
export function countPayments(
  rows: readonly { method: PaymentMethod; amountMinor: number }[],
): CashCount {
  const totals = Object.fromEntries(Object.values(PaymentMethod).map((m) => [m, 0])) as Record<
    PaymentMethod,
    number
  >;
  for (const r of rows) totals[r.method] += r.amountMinor;
  return { paymentCount: rows.length, totals, expectedCashMinor: totals[PaymentMethod.CASH] };
}

interface PaymentRow {
  method: PaymentMethod;
  amount_minor: number;
}

/** The lock a cashier's cash day is closed under, and a cash payment taken under. */
export function cashDayLock(cashierId: string): string {
  return `cash-up:${cashierId}`;
}

/**
 * Refuses cash taken (or given back) by a cashier whose day is closed. Called under
 * `cashDayLock`, so a payment and the day's close never pass each other.
 */
export async function requireCashDayOpen(ctx: RequestContext, cashierId: string): Promise<void> {
  await lockKey(ctx.em, cashDayLock(cashierId));
  const day = zonedDay(ctx.clock.now(), billingSettings().timeZone).date;
  if (await ctx.em.count(CashUp, { cashierId, day })) {
    throw new BillingRefusal(
      BillingRefusalReason.CASH_DAY_CLOSED,
      'method',
      'your cash day is closed: no more cash today',
    );
  }
}

/** The caller's payments not counted by a cash-up yet: what closing now would count. */
export async function cashUpPreview(ctx: RequestContext): Promise<CashCount> {
  const rows = await ctx.em.execute<PaymentRow[]>(
    'select method, amount_minor from payment where received_by_id = ? and cash_up_id is null',
    [requireViewer(ctx).userId],
  );
  return countPayments(rows.map((r) => ({ method: r.method, amountMinor: r.amount_minor })));
}

/**
 * Closes the cashier's drawer: every payment they took that no cash-up counted joins this one (a
 * single conditional update, so a payment is counted once even when two devices close at once),
 * the cash expected is compared with the cash counted, and a difference must be explained.
 */
export function closeCashDay(ctx: RequestContext, input: CloseCashDayInput): Promise<CashUp> {
  return writeOnce(ctx, CashUp, input, (once) => newCashUp(ctx, input, once));
}

async function newCashUp(
  ctx: RequestContext,
  input: CloseCashDayInput,
  once: WriteOnce,
): Promise<CashUp> {
  const p = new Problems();
  const note = p.text('note', input.note, 500);
  if (
    !Number.isInteger(input.countedCashMinor) ||
    input.countedCashMinor < 0 ||
    input.countedCashMinor > MAX_AMOUNT_MINOR
  ) {
    p.add('countedCashMinor', 'must be a whole number of minor units, 0 or more');
  }
  p.throwIfAny();
  const by = await actorOf(ctx);
  await lockKey(ctx.em, cashDayLock(by.id));
  const now = ctx.clock.now();
  const day = zonedDay(now, billingSettings().timeZone).date;
  if (await ctx.em.count(CashUp, { cashierId: by.id, day })) {
    throw new BillingRefusal(BillingRefusalReason.CASH_DAY_CLOSED, 'id', 'this day is closed');
  }
  const rows = await ctx.em.execute<PaymentRow[]>(
    `update payment set cash_up_id = ? where received_by_id = ? and cash_up_id is null
     returning method, amount_minor`,
    [once.id, by.id],
  );
  const count = countPayments(rows.map((r) => ({ method: r.method, amountMinor: r.amount_minor })));
  const difference = input.countedCashMinor - count.expectedCashMinor;
  if (difference !== 0 && !note) {
    throw new BillingRefusal(
      BillingRefusalReason.CASH_DIFFERENCE_UNEXPLAINED,
      'note',
      'explain the difference between the cash counted and the cash expected',
    );
  }
  const cashUp = ctx.em.create(CashUp, {
    id: once.id,
    requestHash: once.requestHash,
    cashierId: by.id,
    cashierName: by.name,
    closedAt: now,
    day,
    paymentCount: count.paymentCount,
    expectedCashMinor: count.expectedCashMinor,
    countedCashMinor: input.countedCashMinor,
    differenceMinor: difference,
    totals: count.totals,
    note,
  });
  await ctx.em.flush();
  return cashUp;
}

/** Cash-ups closed in a period (hospital days included), newest first; a cashier sees their own. */
export async function listCashUps(
  ctx: RequestContext,
  args: { from: string; to: string },
): Promise<CashUp[]> {
  if (args.to < args.from) throw new ValidationError({ to: 'is before from' });
  const { timeZone } = billingSettings();
  const viewer = requireViewer(ctx);
  return ctx.em.find(
    CashUp,
    {
      closedAt: {
        $gte: zonedInstant(args.from, 0, timeZone),
        $lt: zonedInstant(nextDate(args.to), 0, timeZone),
      },
      ...(seesOnlyOwnCashUps(viewer) ? { cashierId: viewer.userId } : {}),
    },
    { orderBy: { closedAt: 'desc', id: 'desc' }, limit: 500 },
  );
}
