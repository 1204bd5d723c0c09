import { Arg, Ctx, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../kernel/context.js';
import { MedicationAdministration } from './medication-administration.entity.js';
import * as meds from './medications.service.js';
import { Prescription } from './prescription.entity.js';
import {
  PrescribeInput,
  RecordMedicationAdministrationInput,
  StopPrescriptionInput,
} from './medications.inputs.js';
import { ScheduledDose } from './medications.types.js';

@Resolver(() => Prescription)
export class MedicationsResolver {
  @Query(() => [Prescription], { description: 'A patient’s prescriptions, newest first.' })
  prescriptions(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('activeOnly', () => Boolean, { nullable: true }) activeOnly?: boolean,
  ): Promise<Prescription[]> {
    return meds.listPrescriptions(ctx, { patientId, activeOnly });
  }

  @Query(() => [ScheduledDose], {
    description: 'The administration record: scheduled doses in [from, to) with their state.',
  })
  medicationSchedule(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('from', () => GraphQLISODateTime) from: Date,
    @Arg('to', () => GraphQLISODateTime) to: Date,
  ): Promise<ScheduledDose[]> {
    return meds.medicationSchedule(ctx, { patientId, from, to });
  }

  @Query(() => [MedicationAdministration], { description: 'Dose records, newest first.' })
  medicationAdministrations(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID) patientId: string,
    @Arg('prescriptionId', () => ID, { nullable: true }) prescriptionId?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<MedicationAdministration[]> {
    return meds.listAdministrations(ctx, { patientId, prescriptionId, first });
  }

  @Mutation(() => Prescription, {
    description: 'Prescribes; refused on an active allergy unless overridden with a reason.',
  })
  prescribe(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PrescribeInput) input: PrescribeInput,
  ): Promise<Prescription> {
    return meds.prescribe(ctx, input);
  }

  @Mutation(() => Prescription, { description: 'Stops a prescription, with a reason.' })
  stopPrescription(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => StopPrescriptionInput) input: StopPrescriptionInput,
  ): Promise<Prescription> {
    return meds.stopPrescription(ctx, input);
  }

  @Mutation(() => MedicationAdministration, {
    description:
      'Records a dose given, held, refused or missed; replay-safe by its device-made id.',
  })
  recordMedicationAdministration(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordMedicationAdministrationInput)
    input: RecordMedicationAdministrationInput,
  ): Promise<MedicationAdministration> {
    return meds.recordMedicationAdministration(ctx, input);
  }
}
