import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../kernel/context.js';
import { batchLoader } from '../../kernel/graphql/batch.js';
import { AuthPayload, User } from '../auth/index.js';
import { Patient } from './patient.entity.js';
import { RegisterPatientInput } from './registration.inputs.js';
import { patientsOfAccounts, registerPatient } from './registration.service.js';

/** Patients who register themselves, and the link between a portal account and its record. */
@Resolver(() => User)
export class RegistrationResolver {
  @Mutation(() => AuthPayload, { description: 'A patient creates their account and signs in.' })
  registerPatient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterPatientInput) input: RegisterPatientInput,
  ) {
    return registerPatient(ctx, input);
  }

  @FieldResolver(() => Patient, {
    nullable: true,
    description: 'The patient record of a PATIENT account.',
  })
  async patient(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Patient | null> {
    // The caller's own account: its record is known from the session. Others (an admin's list of
    // accounts): one query for the whole list.
    if (ctx.viewer?.userId === user.id) {
      const id = ctx.viewer.patientId;
      return id ? await ctx.em.findOne(Patient, id) : null;
    }
    return batchLoader(ctx, 'patientOfAccount', (ids) => patientsOfAccounts(ctx.em, ids)).load(
      user.id,
    );
  }
}
