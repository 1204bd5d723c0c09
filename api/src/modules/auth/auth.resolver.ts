import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import { Patient } from '../patients/index.js';
import {
  AuthPayload,
  ChangePasswordInput,
  LoginInput,
  RefreshSessionInput,
  RegisterPatientInput,
  UpdateMyProfileInput,
} from './auth.inputs.js';
import * as auth from './auth.service.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { description: 'The signed-in account and its profile.' })
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return ctx.em.findOneOrFail(User, requireViewer(ctx).userId);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; sets the refresh cookie.' })
  login(@Ctx() ctx: RequestContext, @Arg('input', () => LoginInput) input: LoginInput) {
    return auth.login(ctx, input);
  }

  @Mutation(() => AuthPayload, {
    description: 'Exchanges the refresh token (cookie or body) for new tokens; single use.',
  })
  refreshSession(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RefreshSessionInput, { nullable: true }) input?: RefreshSessionInput,
  ) {
    return auth.refreshSession(ctx, input?.refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return auth.logout(ctx);
  }

  @Mutation(() => User, { description: 'Changes the caller’s password; ends other sessions.' })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
  ): Promise<User> {
    return auth.changePassword(ctx, input);
  }

  @Mutation(() => AuthPayload, { description: 'A patient creates their account and signs in.' })
  registerPatient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterPatientInput) input: RegisterPatientInput,
  ) {
    return auth.registerPatient(ctx, input);
  }

  @Mutation(() => User, { description: 'Updates the caller’s own profile.' })
  updateMyProfile(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput,
  ): Promise<User> {
    return auth.updateMyProfile(ctx, input);
  }

  @FieldResolver(() => Patient, {
    nullable: true,
    description: 'The patient record of a PATIENT account.',
  })
  async patient(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Patient | null> {
    // Staff accounts have no record: null, without asking the database for an empty id.
    const id = userPatientId(user);
    return id ? await ctx.em.findOne(Patient, { id }) : null;
  }
}

function userPatientId(user: User): string | undefined {
  return user.patient?.id;
}
