import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../kernel/context.js';
import { fromCursor } from '../../../kernel/graphql/connection.js';
import { Allergy } from '../../patients/index.js';
import { listAttachments } from '../attachments/attachments.service.js';
import * as chart from './chart.service.js';
import { ClinicalEntryKind } from '../clinical-enums.js';
import { Diagnosis } from '../encounters/diagnosis.entity.js';
import { Encounter } from '../encounters/encounter.entity.js';
import { LabOrder } from '../lab/lab-order.entity.js';
import { LabResult } from '../lab/lab-result.entity.js';
import { Prescription } from '../medications/prescription.entity.js';
import { MarkEnteredInErrorInput } from '../records.inputs.js';
import { AttachmentConnection } from '../attachments/attachments.types.js';
import { PatientChart, TimelineConnection, TimelineEntry } from './chart.types.js';
import { patientTimeline } from './timeline.service.js';
import { VitalSigns } from '../bedside/vital-signs.entity.js';

@Resolver(() => PatientChart)
export class ChartResolver {
  @Query(() => PatientChart, { description: 'A patient’s chart summary; parts load on demand.' })
  patientChart(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
  ): Promise<PatientChart> {
    return chart.openChart(ctx, patientId);
  }

  @Query(() => TimelineConnection, { description: 'The patient timeline, newest first (R5).' })
  async patientTimeline(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('kinds', () => [ClinicalEntryKind], { nullable: true }) kinds?: ClinicalEntryKind[],
  ): Promise<TimelineConnection> {
    return patientTimeline(ctx, { patientId, first, after, kinds });
  }

  @Query(() => AttachmentConnection, { description: 'A patient’s files, newest first.' })
  async attachments(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AttachmentConnection> {
    return fromCursor(await listAttachments(ctx, { patientId, first, after }));
  }

  @Mutation(() => TimelineEntry, {
    description: 'Marks an entry entered in error (kept in history), with a reason.',
  })
  markEnteredInError(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MarkEnteredInErrorInput) input: MarkEnteredInErrorInput,
  ): Promise<TimelineEntry> {
    return chart.markEnteredInError(ctx, input);
  }

  @FieldResolver(() => [Allergy], { description: 'Allergies (entered-in-error ones left out).' })
  allergies(@Root() c: PatientChart, @Ctx() ctx: RequestContext): Promise<Allergy[]> {
    return chart.chartAllergies(ctx, c);
  }

  @FieldResolver(() => [Diagnosis], { description: 'Active problems (staff).' })
  activeProblems(@Root() c: PatientChart, @Ctx() ctx: RequestContext): Promise<Diagnosis[]> {
    return chart.chartProblems(ctx, c);
  }

  @FieldResolver(() => [Prescription], { description: 'Prescriptions in force.' })
  activePrescriptions(@Root() c: PatientChart, @Ctx() ctx: RequestContext) {
    return chart.chartPrescriptions(ctx, c);
  }

  @FieldResolver(() => VitalSigns, { nullable: true, description: 'The latest vitals.' })
  async latestVitals(@Root() c: PatientChart, @Ctx() ctx: RequestContext) {
    const [v] = await chart.chartVitals(ctx, c, 1);
    return v ?? null;
  }

  @FieldResolver(() => [VitalSigns], { description: 'The last sets, newest first (charts).' })
  vitalsTrend(
    @Root() c: PatientChart,
    @Ctx() ctx: RequestContext,
    @Arg('last', () => Int, { nullable: true }) last?: number,
  ) {
    return chart.chartVitals(ctx, c, last ?? 20);
  }

  @FieldResolver(() => [LabOrder], { description: 'Orders awaiting a result.' })
  pendingLabOrders(@Root() c: PatientChart, @Ctx() ctx: RequestContext) {
    return chart.chartPendingOrders(ctx, c);
  }

  @FieldResolver(() => [LabResult], { description: 'Latest results (patients: validated).' })
  recentLabResults(
    @Root() c: PatientChart,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    return chart.chartResults(ctx, c, first ?? 10);
  }

  @FieldResolver(() => [Encounter], { description: 'Latest visits.' })
  recentEncounters(
    @Root() c: PatientChart,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    return chart.chartEncounters(ctx, c, first ?? 5);
  }
}
