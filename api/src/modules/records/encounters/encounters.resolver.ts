import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../kernel/context.js';
import { fromCursor } from '../../../kernel/graphql/connection.js';
import { Diagnosis } from './diagnosis.entity.js';
import { Encounter } from './encounter.entity.js';
import * as encounters from './encounters.service.js';
import {
  AddDiagnosisInput,
  CompleteEncounterInput,
  CreateEncounterInput,
  ResolveDiagnosisInput,
} from './encounters.inputs.js';
import { EncounterConnection, Icd10CodeType } from './encounters.types.js';

@Resolver(() => Encounter)
export class EncountersResolver {
  @Query(() => EncounterConnection, { description: 'A patient’s visits, newest first (R5).' })
  async encounters(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<EncounterConnection> {
    return fromCursor(await encounters.listEncounters(ctx, { patientId, first, after }));
  }

  @Query(() => Encounter, { description: 'One visit.' })
  encounter(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Encounter> {
    return encounters.getEncounter(ctx, id);
  }

  @Query(() => [Diagnosis], { description: 'A patient’s diagnoses, newest first.' })
  diagnoses(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('activeOnly', () => Boolean, { nullable: true }) activeOnly?: boolean,
  ): Promise<Diagnosis[]> {
    return encounters.listDiagnoses(ctx, { patientId, activeOnly });
  }

  @Query(() => [Icd10CodeType], { description: 'Searches the bundled ICD-10 list (FR/EN).' })
  icd10Codes(
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Icd10CodeType[] {
    return encounters.icd10Codes(search, first);
  }

  @Mutation(() => Encounter, { description: 'Opens a visit with its SOAP note (doctors).' })
  createEncounter(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateEncounterInput) input: CreateEncounterInput,
  ): Promise<Encounter> {
    return encounters.createEncounter(ctx, input);
  }

  @Mutation(() => Encounter, { description: 'Ends a visit.' })
  completeEncounter(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CompleteEncounterInput) input: CompleteEncounterInput,
  ): Promise<Encounter> {
    return encounters.completeEncounter(ctx, input);
  }

  @Mutation(() => Diagnosis, { description: 'Codes a diagnosis (ICD-10 or free text).' })
  addDiagnosis(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddDiagnosisInput) input: AddDiagnosisInput,
  ): Promise<Diagnosis> {
    return encounters.addDiagnosis(ctx, input);
  }

  @Mutation(() => Diagnosis, { description: 'Marks a diagnosis resolved.' })
  resolveDiagnosis(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResolveDiagnosisInput) input: ResolveDiagnosisInput,
  ): Promise<Diagnosis> {
    return encounters.resolveDiagnosis(ctx, input.id);
  }
}
