import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../../kernel/context.js';
import { fromCursor } from '../../../kernel/graphql/connection.js';
import { Patient } from '../../patients/index.js';
import { LabOrderStatus } from '../clinical-enums.js';
import { LabOrder } from './lab-order.entity.js';
import { LabResult } from './lab-result.entity.js';
import { LabTest } from './lab-test.entity.js';
import * as lab from './lab.service.js';
import {
  CancelLabOrderInput,
  CollectLabSpecimensInput,
  EnterLabResultInput,
  OrderLabTestsInput,
  ValidateLabResultInput,
} from './lab.inputs.js';
import { LabOrderConnection, LabResultConnection } from './lab.types.js';

@InputType({ description: 'Narrows the lab orders list.' })
export class LabOrderFilter {
  @Field(() => ID, { nullable: true, description: 'Only this patient.' })
  patientId?: string;

  @Field(() => [LabOrderStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: LabOrderStatus[];

  @Field(() => Boolean, { nullable: true, description: 'Only orders the caller placed.' })
  orderedByMe?: boolean;
}

const resultLoaders = new WeakMap<RequestContext, Promise<Map<string, LabResult>>>();

@Resolver(() => LabOrder)
export class LabResolver {
  @Query(() => [LabTest], { description: 'The lab test catalogue.' })
  labTests(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ): Promise<LabTest[]> {
    return lab.listLabTests(ctx, search);
  }

  @Query(() => LabOrderConnection, {
    description: 'Lab orders: the lab worklist (urgent first, oldest first) or one patient’s.',
  })
  async labOrders(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => LabOrderFilter, { nullable: true }) filter?: LabOrderFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<LabOrderConnection> {
    const page = await lab.listLabOrders(ctx, { filter, first, after });
    const ids = page.items.map((o) => o.id);
    resultLoaders.set(
      ctx,
      ids.length ? lab.standingResults(ctx, ids) : Promise.resolve(new Map<string, LabResult>()),
    );
    return fromCursor(page);
  }

  @Query(() => LabResultConnection, {
    description: 'A patient’s results, newest first (patients: validated only).',
  })
  async labResults(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<LabResultConnection> {
    return fromCursor(await lab.listLabResults(ctx, { patientId, first, after }));
  }

  @FieldResolver(() => Patient, { description: 'The patient (identity for the worklist).' })
  patient(@Root() order: LabOrder, @Ctx() ctx: RequestContext): Promise<Patient> {
    return ctx.em.findOneOrFail(Patient, order.patient.id);
  }

  @FieldResolver(() => LabResult, { nullable: true, description: 'The standing result.' })
  async result(@Root() order: LabOrder, @Ctx() ctx: RequestContext): Promise<LabResult | null> {
    const batch = resultLoaders.get(ctx);
    const map = batch ? await batch : undefined;
    if (map?.has(order.id)) return map.get(order.id) ?? null;
    return ctx.em.findOne(LabResult, { order: order.id, enteredInErrorAt: null });
  }

  @Mutation(() => [LabOrder], { description: 'Orders lab tests (doctors).' })
  orderLabTests(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OrderLabTestsInput) input: OrderLabTestsInput,
  ): Promise<LabOrder[]> {
    return lab.orderLabTests(ctx, input);
  }

  @Mutation(() => [LabOrder], { description: 'Records specimen collection.' })
  collectLabSpecimens(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CollectLabSpecimensInput) input: CollectLabSpecimensInput,
  ): Promise<LabOrder[]> {
    return lab.collectLabSpecimens(ctx, input);
  }

  @Mutation(() => LabOrder, { description: 'Cancels an order without result (doctors).' })
  cancelLabOrder(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CancelLabOrderInput) input: CancelLabOrderInput,
  ): Promise<LabOrder> {
    return lab.cancelLabOrder(ctx, input);
  }

  @Mutation(() => LabResult, {
    description:
      'Enters (or, with a reason, replaces) the result of an order; flags it and notifies.',
  })
  enterLabResult(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => EnterLabResultInput) input: EnterLabResultInput,
  ): Promise<LabResult> {
    return lab.enterLabResult(ctx, input);
  }

  @Mutation(() => LabResult, { description: 'Validates a result; the patient then sees it.' })
  validateLabResult(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ValidateLabResultInput) input: ValidateLabResultInput,
  ): Promise<LabResult> {
    return lab.validateLabResult(ctx, input.id);
  }
}
