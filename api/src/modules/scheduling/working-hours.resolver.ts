import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { SetMyWorkingHoursInput, SetStaffWorkingHoursInput } from './scheduling.inputs.js';
import { WorkingHoursSpan } from './working-hours.entity.js';
import * as hours from './working-hours.service.js';

@Resolver(() => WorkingHoursSpan)
export class WorkingHoursResolver {
  @Query(() => [WorkingHoursSpan], {
    description: 'The caller’s weekly working hours (staff other than doctors), in week order.',
  })
  myWorkingHours(@Ctx() ctx: RequestContext) {
    return hours.myWorkingHours(ctx);
  }

  @Query(() => [WorkingHoursSpan], {
    description: 'A staff member’s weekly working hours (managers and administrators).',
  })
  staffWorkingHours(@Ctx() ctx: RequestContext, @Arg('userId', () => ID) userId: string) {
    return hours.staffWorkingHours(ctx, userId);
  }

  @Mutation(() => [WorkingHoursSpan], {
    description: 'Replaces the caller’s whole working week; spans of a day may not overlap.',
  })
  setMyWorkingHours(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetMyWorkingHoursInput) input: SetMyWorkingHoursInput,
  ) {
    return hours.setMyWorkingHours(ctx, input);
  }

  @Mutation(() => [WorkingHoursSpan], {
    description: 'Replaces a staff member’s whole working week (managers and administrators).',
  })
  setStaffWorkingHours(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetStaffWorkingHoursInput) input: SetStaffWorkingHoursInput,
  ) {
    return hours.setStaffWorkingHours(ctx, input);
  }
}
