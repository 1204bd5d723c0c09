import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { batchLoader } from '../../kernel/graphql/batch.js';
import { Patient } from '../patients/index.js';
import { EmergencyAmendment, EmergencyCase, EmergencyTriage } from './emergency-case.entity.js';
import * as emergency from './emergency.service.js';
import { EMERGENCY_QUEUE_TOPIC, type EmergencyQueueChange } from './emergency.service.js';
import {
  AmendEmergencyCaseInput,
  CloseEmergencyCaseInput,
  EmergencyPeriodInput,
  MoveEmergencyCaseInput,
  RegisterEmergencyArrivalInput,
  TakeEmergencyCaseInput,
  TriageEmergencyCaseInput,
} from './emergency.inputs.js';
import {
  EmergencyFigures,
  EmergencyQueue,
  EmergencyQueueEvent,
  EmergencyWait,
} from './emergency.types.js';
import { emergencyQueue } from './queue.service.js';
import { waitOf } from './triage-scale.js';

/** Groups a child table's rows by their case. */
function byCase<T extends { emergencyCase: { id: string } }>(rows: T[]): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const r of rows) {
    const list = by.get(r.emergencyCase.id) ?? [];
    list.push(r);
    by.set(r.emergencyCase.id, list);
  }
  return by;
}

const OLDEST_FIRST = { orderBy: { at: 'asc', id: 'asc' } } as const;

@Resolver(() => EmergencyCase)
export class EmergencyResolver {
  @Query(() => EmergencyQueue, { description: 'Every open case now, sickest first.' })
  emergencyQueue(@Ctx() ctx: RequestContext): Promise<EmergencyQueue> {
    return emergencyQueue(ctx);
  }

  @Query(() => EmergencyCase, { description: 'One emergency case.' })
  emergencyCase(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return emergency.getCase(ctx, id);
  }

  @Query(() => [EmergencyCase], { description: 'My visits to the emergency department.' })
  myEmergencyVisits(@Ctx() ctx: RequestContext) {
    return emergency.myVisits(ctx);
  }

  @Query(() => EmergencyFigures, { description: 'The department’s flow over a period.' })
  emergencyFigures(
    @Ctx() ctx: RequestContext,
    @Arg('period', () => EmergencyPeriodInput) period: EmergencyPeriodInput,
  ) {
    return emergency.figures(ctx, period);
  }

  @Mutation(() => EmergencyCase, { description: 'Registers an arrival (known or unknown).' })
  registerEmergencyArrival(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterEmergencyArrivalInput) input: RegisterEmergencyArrivalInput,
  ) {
    return emergency.registerArrival(ctx, input);
  }

  @Mutation(() => EmergencyCase, { description: 'Triages or re-triages an open case.' })
  triageEmergencyCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TriageEmergencyCaseInput) input: TriageEmergencyCaseInput,
  ) {
    return emergency.triageCase(ctx, input);
  }

  @Mutation(() => EmergencyCase, { description: 'Moves an open case to a step or a place.' })
  moveEmergencyCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MoveEmergencyCaseInput) input: MoveEmergencyCaseInput,
  ) {
    return emergency.moveCase(ctx, input);
  }

  @Mutation(() => EmergencyCase, { description: 'A doctor takes a case (one doctor wins).' })
  takeEmergencyCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TakeEmergencyCaseInput) input: TakeEmergencyCaseInput,
  ) {
    return emergency.takeCase(ctx, input);
  }

  @Mutation(() => EmergencyCase, { description: 'Closes a case with its outcome.' })
  closeEmergencyCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CloseEmergencyCaseInput) input: CloseEmergencyCaseInput,
  ) {
    return emergency.closeCase(ctx, input);
  }

  @Mutation(() => EmergencyAmendment, { description: 'Amends a closed case, with a reason.' })
  amendEmergencyCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AmendEmergencyCaseInput) input: AmendEmergencyCaseInput,
  ) {
    return emergency.amendCase(ctx, input);
  }

  @Subscription(() => EmergencyQueueEvent, {
    topics: EMERGENCY_QUEUE_TOPIC,
    description: 'Queue changes, live: read the queue again.',
  })
  emergencyQueueChanged(@Root() change: EmergencyQueueChange): EmergencyQueueEvent {
    return change;
  }

  @FieldResolver(() => Patient, { description: 'The patient.' })
  patient(@Root() c: EmergencyCase): Promise<Patient> {
    return c.patient.load().then((p) => p ?? Promise.reject(new Error('patient missing')));
  }

  @FieldResolver(() => EmergencyWait, { description: 'Wait against target (server clock).' })
  wait(@Root() c: EmergencyCase, @Ctx() ctx: RequestContext): EmergencyWait {
    return waitOf(
      {
        arrivedAt: c.arrivedAt,
        level: c.level ?? null,
        doctorAt: c.doctorAt ?? null,
        status: c.status,
        closedAt: c.closedAt ?? null,
      },
      ctx.clock.now(),
    );
  }

  @FieldResolver(() => [EmergencyTriage], { description: 'Every triage, oldest first.' })
  async triages(@Root() c: EmergencyCase, @Ctx() ctx: RequestContext) {
    const loader = batchLoader(ctx, 'emergency:triages', async (ids) =>
      byCase(
        await ctx.em.find(EmergencyTriage, { emergencyCase: { $in: [...ids] } }, OLDEST_FIRST),
      ),
    );
    return (await loader.load(c.id)) ?? [];
  }

  @FieldResolver(() => [EmergencyAmendment], { description: 'Amendments, oldest first.' })
  async amendments(@Root() c: EmergencyCase, @Ctx() ctx: RequestContext) {
    const loader = batchLoader(ctx, 'emergency:amendments', async (ids) =>
      byCase(
        await ctx.em.find(EmergencyAmendment, { emergencyCase: { $in: [...ids] } }, OLDEST_FIRST),
      ),
    );
    return (await loader.load(c.id)) ?? [];
  }
}
