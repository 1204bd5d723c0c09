import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { Connection } from '../../kernel/graphql/connection.js';
import { Allergy } from './allergy.entity.js';
import * as allergies from './allergies.service.js';
import { possibleDuplicates } from './duplicates.js';
import { mergePatients } from './merge.js';
import { ageOn } from './age.js';
import { searchPatients } from './patient-search.js';
import { Patient } from './patient.entity.js';
import {
  CreatePatientInput,
  CreatePatientPayload,
  MergePatientsInput,
  MergePatientsPayload,
  PatientDuplicate,
  PatientDuplicatesInput,
  RecordAllergyInput,
  RecordNoKnownAllergiesInput,
  UpdateAllergyInput,
  UpdateMyContactDetailsInput,
  UpdatePatientInput,
} from './patients.inputs.js';
import * as patients from './patients.service.js';

@ObjectType({ description: 'A page of patients, best match first.' })
export class PatientConnection extends Connection(Patient, 'Patient') {}

@Resolver(() => Patient)
export class PatientsResolver {
  @Query(() => PatientConnection, {
    description:
      'Finds patients (R6) by name (fuzzy: typos, accents and case ignored), MRN (a wrong check digit is BAD_USER_INPUT on `search`), phone number or id; best match first. Empty search lists everyone by name.',
  })
  patients(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return searchPatients(ctx.em, { search, first, after });
  }

  @Query(() => Patient, { description: 'One patient record the caller may see; else NOT_FOUND.' })
  patient(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Patient> {
    return patients.getPatient(ctx, id);
  }

  @Query(() => [PatientDuplicate], {
    description: 'Existing patients who may be the person about to be registered.',
  })
  possiblePatientDuplicates(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PatientDuplicatesInput) input: PatientDuplicatesInput,
  ) {
    return possibleDuplicates(ctx, input);
  }

  @Mutation(() => CreatePatientPayload, {
    description:
      'Registers a patient. With possible duplicates and no confirmation, nothing is created and the candidates come back.',
  })
  createPatient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreatePatientInput) input: CreatePatientInput,
  ) {
    return patients.createPatient(ctx, input);
  }

  @Mutation(() => Patient, { description: 'Edits demographics; a stale version is CONFLICT.' })
  updatePatient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdatePatientInput) input: UpdatePatientInput,
  ): Promise<Patient> {
    return patients.updatePatient(ctx, input);
  }

  @Mutation(() => Patient, {
    description: 'A patient updates their own contact details and preferred language.',
  })
  updateMyContactDetails(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateMyContactDetailsInput) input: UpdateMyContactDetailsInput,
  ): Promise<Patient> {
    return patients.updateMyContactDetails(ctx, input);
  }

  @Mutation(() => MergePatientsPayload, {
    description: 'Merges a duplicate record into the survivor (administrators), atomically.',
  })
  mergePatients(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MergePatientsInput) input: MergePatientsInput,
  ) {
    return mergePatients(ctx, input);
  }

  @Mutation(() => Allergy, { description: 'Records an allergy or intolerance.' })
  recordAllergy(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordAllergyInput) input: RecordAllergyInput,
  ): Promise<Allergy> {
    return allergies.recordAllergy(ctx, input);
  }

  @Mutation(() => Allergy, {
    description: 'Corrects an allergy or changes its status; a stale version is CONFLICT.',
  })
  updateAllergy(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateAllergyInput) input: UpdateAllergyInput,
  ): Promise<Allergy> {
    return allergies.updateAllergy(ctx, input);
  }

  @Mutation(() => Patient, {
    description: 'Records that the patient was asked and has no known allergies.',
  })
  recordNoKnownAllergies(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordNoKnownAllergiesInput) input: RecordNoKnownAllergiesInput,
  ): Promise<Patient> {
    return allergies.recordNoKnownAllergies(ctx, input);
  }

  @FieldResolver(() => Int, { description: 'Age in whole years today (at death if deceased).' })
  age(@Root() p: Patient, @Ctx() ctx: RequestContext): number {
    return ageOn(p.birthDate, p.deceasedOn ?? ctx.clock.now().toISOString().slice(0, 10));
  }

  @FieldResolver(() => [Allergy], {
    description: 'Allergies and intolerances, active first, most severe first.',
  })
  allergies(
    @Root() p: Patient,
    @Ctx() ctx: RequestContext,
    @Arg('includeEnteredInError', () => Boolean, {
      defaultValue: false,
      description: 'Also list entries marked as entered in error.',
    })
    includeEnteredInError: boolean,
  ): Promise<Allergy[]> {
    return allergies.allergiesOf(ctx.em, p.id, includeEnteredInError);
  }
}
