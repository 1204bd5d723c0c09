import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Locale } from '../../kernel/auth/roles.js';
import type { RequestContext } from '../../kernel/context.js';
import { closeMyAccount } from './account-closure.service.js';
import { CloseMyAccountInput, RecordDocument } from './patient-rights.types.js';
import { myRecordBundle, myRecordDocument } from './record-export.service.js';

@Resolver()
export class PatientRightsResolver {
  @Query(() => GraphQLJSONObject, {
    description:
      'The caller’s own record as a FHIR R4 Bundle of type collection (Patient, Encounter, Condition, MedicationRequest, MedicationAdministration, Observation, AllergyIntolerance, Appointment, Invoice).',
  })
  async myRecordExport(@Ctx() ctx: RequestContext): Promise<Record<string, unknown>> {
    return { ...(await myRecordBundle(ctx)) };
  }

  @Query(() => RecordDocument, { description: 'The caller’s own record as a readable PDF.' })
  myRecordPdf(
    @Ctx() ctx: RequestContext,
    @Arg('language', () => Locale, {
      nullable: true,
      description: 'The document’s language; the account’s by default.',
    })
    language?: Locale | null,
  ): Promise<RecordDocument> {
    return myRecordDocument(ctx, language);
  }

  @Mutation(() => Boolean, {
    description:
      'Closes the caller’s portal account: sign-in is removed and every session ended; the medical record is kept.',
  })
  closeMyAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CloseMyAccountInput) input: CloseMyAccountInput,
  ): Promise<boolean> {
    return closeMyAccount(ctx, input);
  }
}
