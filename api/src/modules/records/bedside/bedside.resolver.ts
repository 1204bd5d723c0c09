import { Arg, Ctx, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../kernel/context.js';
import { fromCursor } from '../../../kernel/graphql/connection.js';
import * as bedside from './bedside.service.js';
import { CareNote } from './care-note.entity.js';
import { AddCareNoteInput, RecordVitalsInput } from './bedside.inputs.js';
import { CareNoteConnection, VitalSignsConnection } from './bedside.types.js';
import { VitalSigns } from './vital-signs.entity.js';

@Resolver(() => VitalSigns)
export class BedsideResolver {
  @Query(() => VitalSignsConnection, { description: 'Vital signs, newest first.' })
  async vitals(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('from', () => GraphQLISODateTime, { nullable: true }) from?: Date,
    @Arg('to', () => GraphQLISODateTime, { nullable: true }) to?: Date,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<VitalSignsConnection> {
    return fromCursor(await bedside.listVitals(ctx, { patientId, from, to, first, after }));
  }

  @Query(() => CareNoteConnection, { description: 'Care notes, newest first (staff).' })
  async careNotes(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<CareNoteConnection> {
    return fromCursor(await bedside.listCareNotes(ctx, { patientId, first, after }));
  }

  @Mutation(() => VitalSigns, {
    description:
      'Records a set of vitals; scores NEWS2 and alerts the doctor when high. Replay-safe by its device-made id.',
  })
  recordVitals(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordVitalsInput) input: RecordVitalsInput,
  ): Promise<VitalSigns> {
    return bedside.recordVitals(ctx, input);
  }

  @Mutation(() => CareNote, { description: 'Adds a care note; replay-safe by its device-made id.' })
  addCareNote(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddCareNoteInput) input: AddCareNoteInput,
  ): Promise<CareNote> {
    return bedside.addCareNote(ctx, input);
  }
}
