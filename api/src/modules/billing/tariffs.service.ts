import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { Problems } from '../../kernel/problems.js';
import { lockKey } from '../../kernel/write-once.js';
import { previousDate } from '../../kernel/zoned-time.js';
import type { SetCoverageInput, SetTariffInput } from './billing.inputs.js';
import { InsuranceCoverage, payerKeyOf } from './coverage.entity.js';
import { MAX_AMOUNT_MINOR } from './money.js';
import { Tariff } from './tariff.entity.js';

/**
 * A new price for an act from a day on. The price in force then is closed the day before; a
 * price already set to start later is refused (change that one instead). Acts that happened before
 * the day keep their price: a charge is priced on the day of its act.
 */
export async function setTariff(ctx: RequestContext, input: SetTariffInput): Promise<Tariff> {
  const p = new Problems();
  const code = p.text('code', input.code, 80, true) ?? '';
  const labelFr = p.text('labelFr', input.labelFr, 200, true) ?? '';
  const labelEn = p.text('labelEn', input.labelEn, 200, true) ?? '';
  if (
    !Number.isInteger(input.amountMinor) ||
    input.amountMinor < 0 ||
    input.amountMinor > MAX_AMOUNT_MINOR
  ) {
    p.add('amountMinor', 'must be a whole number of minor units, 0 or more');
  }
  p.throwIfAny();
  await lockKey(ctx.em, `tariff:${input.actKind}:${code}`);
  const later = await ctx.em.count(Tariff, {
    actKind: input.actKind,
    code,
    validFrom: { $gt: input.validFrom },
  });
  if (later > 0)
    throw new ValidationError({ validFrom: 'a later price is already set for this act' });
  const same = await ctx.em.findOne(Tariff, {
    actKind: input.actKind,
    code,
    validFrom: input.validFrom,
  });
  if (same) {
    Object.assign(same, { labelFr, labelEn, amountMinor: input.amountMinor });
    await ctx.em.flush();
    return same;
  }
  const current = await ctx.em.findOne(Tariff, {
    actKind: input.actKind,
    code,
    validFrom: { $lt: input.validFrom },
    validTo: null,
  });
  if (current) {
    current.validTo = previousDate(input.validFrom);
    await ctx.em.flush();
  }
  const tariff = ctx.em.create(Tariff, {
    actKind: input.actKind,
    code,
    labelFr,
    labelEn,
    amountMinor: input.amountMinor,
    validFrom: input.validFrom,
    validTo: null,
    createdAt: ctx.clock.now(),
    createdById: requireViewer(ctx).userId,
  });
  await ctx.em.flush();
  return tariff;
}

/** How an insurer covers a kind of act: a percentage or a fixed amount per unit (replaces the last). */
export async function setCoverage(
  ctx: RequestContext,
  input: SetCoverageInput,
): Promise<InsuranceCoverage> {
  const p = new Problems();
  const payer = p.text('payer', input.payer, 120, true) ?? '';
  if ((input.percent == null) === (input.fixedMinor == null)) {
    p.add('percent', 'give a percentage or a fixed amount');
  }
  if (
    input.percent != null &&
    (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
  ) {
    p.add('percent', 'must be a whole number from 0 to 100');
  }
  if (
    input.fixedMinor != null &&
    (!Number.isInteger(input.fixedMinor) ||
      input.fixedMinor < 0 ||
      input.fixedMinor > MAX_AMOUNT_MINOR)
  ) {
    p.add('fixedMinor', 'must be a whole number of minor units, 0 or more');
  }
  p.throwIfAny();
  const key = payerKeyOf(payer);
  await ctx.em.execute(
    `insert into insurance_coverage (id, payer_key, payer, act_kind, percent, fixed_minor, updated_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)
     on conflict (payer_key, act_kind) do update
       set payer = excluded.payer, percent = excluded.percent, fixed_minor = excluded.fixed_minor,
           updated_at = excluded.updated_at`,
    [key, payer, input.actKind, input.percent ?? null, input.fixedMinor ?? null, ctx.clock.now()],
  );
  return ctx.em.findOneOrFail(
    InsuranceCoverage,
    { payerKey: key, actKind: input.actKind },
    { refresh: true },
  );
}
