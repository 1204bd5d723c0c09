import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import {
  discardOfflineEntry,
  DiscardedOfflineEntry,
  DiscardOfflineEntryInput,
} from './offline-discard.js';
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

  @Mutation(() => DiscardedOfflineEntry, {
    description:
      'Records that an entry made offline and refused by the server is discarded, with the reason (audited, nothing written to the record); idempotent by the entry’s id.',
  })
  discardOfflineEntry(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DiscardOfflineEntryInput) input: DiscardOfflineEntryInput,
  ): Promise<DiscardedOfflineEntry> {
    return discardOfflineEntry(ctx, input);
  }
}
