import { Arg, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../kernel/auth/roles.js';
import type { RequestContext } from '../../kernel/context.js';
import { Connection } from '../../kernel/graphql/connection.js';
import {
  SetMyWorkingHoursInput,
  SetStaffWorkingHoursInput,
  StaffHours,
} from './scheduling.inputs.js';
import { WorkingHoursSpan } from './working-hours.entity.js';
import * as hours from './working-hours.service.js';

@ObjectType({ description: 'A page of the staff whose working hours are kept.' })
export class StaffHoursConnection extends Connection(StaffHours, 'StaffHours') {}

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

  @Query(() => StaffHours, {
    description:
      'One staff member whose working hours are kept: name, role, job title and week (managers and administrators).',
  })
  staffHours(@Ctx() ctx: RequestContext, @Arg('userId', () => ID) userId: string) {
    return hours.staffHoursOf(ctx, userId);
  }

  @Query(() => StaffHoursConnection, {
    description:
      'Active staff whose working hours are kept, by name, each with their week (managers and administrators).',
  })
  staffHoursRoster(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Words of a given or family name.',
    })
    search?: string,
    @Arg('role', () => Role, { nullable: true, description: 'Only this role.' }) role?: Role,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (20).' })
    first?: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the previous page’s end.',
    })
    after?: string,
  ): Promise<StaffHoursConnection> {
    return hours.staffHoursRoster(ctx, { search, role, first, after });
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
