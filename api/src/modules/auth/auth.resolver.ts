import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../kernel/context.js';
import {
  AuthPayload,
  ChangePasswordInput,
  LoginInput,
  RefreshSessionInput,
  UpdateMyProfileInput,
} from './auth.inputs.js';
import * as auth from './auth.service.js';
import { viewerAccount, viewerAnswers, type ViewerAccount } from './me.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { description: 'The signed-in account and its profile.' })
  async me(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<User | ViewerAccount> {
    const viewer = requireViewer(ctx);
    // A selection such as `{ me { id role } }` is answered from the session lookup alone.
    if (viewerAnswers(info)) return viewerAccount(viewer);
    return ctx.em.findOneOrFail(User, viewer.userId);
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

  @Mutation(() => User, { description: 'Updates the caller’s own profile.' })
  updateMyProfile(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput,
  ): Promise<User> {
    return auth.updateMyProfile(ctx, input);
  }
}
