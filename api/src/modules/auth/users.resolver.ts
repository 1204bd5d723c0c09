import { Arg, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../kernel/auth/roles.js';
import type { RequestContext } from '../../kernel/context.js';
import { Connection, fromCursor } from '../../kernel/graphql/connection.js';
import {
  CreateUserInput,
  CreateUserPayload,
  ResetUserPasswordInput,
  ResetUserPasswordPayload,
  UpdateUserInput,
} from './auth.inputs.js';
import * as users from './users.service.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'A page of accounts.' })
export class UserConnection extends Connection(User, 'User') {}

@Resolver(() => User)
export class UsersResolver {
  @Query(() => UserConnection, { description: 'Accounts, by name (administrators).' })
  async users(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('role', () => Role, { nullable: true }) role?: Role,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<UserConnection> {
    return fromCursor(await users.listUsers(ctx, { search, role, first, after }));
  }

  @Query(() => User, { description: 'One account (administrators).' })
  user(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<User> {
    return users.getUser(ctx, id);
  }

  @Mutation(() => CreateUserPayload, { description: 'Creates a staff account.' })
  createUser(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
  ) {
    return users.createUser(ctx, input);
  }

  @Mutation(() => User, { description: 'Changes role, profile or active state of an account.' })
  updateUser(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ): Promise<User> {
    return users.updateUser(ctx, input);
  }

  @Mutation(() => ResetUserPasswordPayload, {
    description: 'Sets a temporary password that must be changed at next sign-in.',
  })
  resetUserPassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResetUserPasswordInput) input: ResetUserPasswordInput,
  ) {
    return users.resetUserPassword(ctx, input);
  }
}
