import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { myShiftPack } from './shift-pack.service.js';
import { ShiftPack } from './shift-pack.types.js';

@Resolver(() => ShiftPack)
export class ShiftPackResolver {
  @Query(() => ShiftPack, {
    description:
      'The caller’s pack for reading offline: a doctor’s round and today’s appointments, or a nurse’s patients and doses due this shift; stamped and versioned.',
  })
  myShiftPack(@Ctx() ctx: RequestContext): Promise<ShiftPack> {
    return myShiftPack(ctx);
  }
}
