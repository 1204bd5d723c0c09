import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { fromCursor } from '../../kernel/graphql/connection.js';
import { EmergencyAccess, EmergencyAccessStatus } from './emergency-access.entity.js';
import {
  EmergencyAccessConnection,
  EmergencyAccessState,
  OpenEmergencyAccessInput,
  ReviewEmergencyAccessInput,
} from './emergency-access.inputs.js';
import * as service from './emergency-access.service.js';

@Resolver(() => EmergencyAccess)
export class EmergencyAccessResolver {
  @Query(() => EmergencyAccessState, {
    description:
      'Whether the caller may open this patient’s record in an emergency, or until when she may read it; nothing clinical.',
  })
  emergencyAccessState(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
  ): Promise<EmergencyAccessState> {
    return service.emergencyAccessState(ctx, patientId);
  }

  @Query(() => EmergencyAccessConnection, {
    description: 'Emergency accesses for review, newest first.',
  })
  async emergencyAccesses(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => EmergencyAccessStatus, {
      nullable: true,
      description: 'Only those of this review status.',
    })
    status?: EmergencyAccessStatus | null,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<EmergencyAccessConnection> {
    return fromCursor(await service.listEmergencyAccesses(ctx, { status, first, after }));
  }

  @Mutation(() => EmergencyAccess, {
    description:
      'Break-the-glass: opens a patient’s record the care scope keeps the caller out of, for a limited time, with a reason; audited and reviewed by a manager.',
  })
  openEmergencyAccess(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OpenEmergencyAccessInput) input: OpenEmergencyAccessInput,
  ): Promise<EmergencyAccess> {
    return service.openEmergencyAccess(ctx, input);
  }

  @Mutation(() => EmergencyAccess, {
    description: 'Records a manager’s review of an emergency access, once.',
  })
  reviewEmergencyAccess(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewEmergencyAccessInput) input: ReviewEmergencyAccessInput,
  ): Promise<EmergencyAccess> {
    return service.reviewEmergencyAccess(ctx, input);
  }

  @FieldResolver(() => ID, { description: 'The patient whose record was opened.' })
  patientId(@Root() access: EmergencyAccess): string {
    return access.patient.id;
  }

  @FieldResolver(() => String, { description: 'The patient’s name (family name in capitals).' })
  async patientName(@Root() access: EmergencyAccess): Promise<string> {
    return (await access.patient.loadOrFail()).displayName;
  }

  @FieldResolver(() => Boolean, { description: 'The access is still running (server clock).' })
  active(@Root() access: EmergencyAccess, @Ctx() ctx: RequestContext): boolean {
    return access.expiresAt > ctx.clock.now();
  }
}
