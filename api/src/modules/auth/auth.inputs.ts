import { Field, GraphQLISODateTime, InputType, ObjectType } from 'type-graphql';
import { Locale, Role } from '../../kernel/auth/roles.js';
import { User } from './user.entity.js';

@InputType({ description: 'Credentials to sign in.' })
export class LoginInput {
  @Field(() => String, { description: 'Account email.' })
  email!: string;

  @Field(() => String, { description: 'Account password.' })
  password!: string;
}

@InputType({ description: 'Refresh token for clients that cannot use the cookie.' })
export class RefreshSessionInput {
  @Field(() => String, {
    nullable: true,
    description: 'The refresh token; browsers omit it and send the httpOnly cookie instead.',
  })
  refreshToken?: string;
}

@ObjectType({ description: 'A fresh access token for the signed-in account.' })
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token for the Authorization header.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the access token expires.' })
  expiresAt!: Date;

  @Field(() => String, {
    description: 'Single-use refresh token (also set as an httpOnly cookie for browsers).',
  })
  refreshToken!: string;

  @Field(() => User, { description: 'The signed-in account.' })
  user!: User;
}

@InputType({ description: 'A password change by the account holder.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The current password.' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password: 12 to 128 characters, not common.' })
  newPassword!: string;
}

@InputType({ description: 'Changes to the caller’s own profile.' })
export class UpdateMyProfileInput implements Partial<
  Pick<User, 'givenName' | 'familyName' | 'phone' | 'address' | 'locale'>
> {
  @Field(() => String, { nullable: true, description: 'Given name(s) (staff).' })
  givenName?: string;

  @Field(() => String, { nullable: true, description: 'Family name (staff).' })
  familyName?: string;

  @Field(() => String, { nullable: true, description: 'Phone number; empty clears it.' })
  phone?: string;

  @Field(() => String, { nullable: true, description: 'Postal address; empty clears it.' })
  address?: string;

  @Field(() => Locale, { nullable: true, description: 'Interface language.' })
  locale?: Locale;
}

@InputType({ description: 'A staff account created by an administrator.' })
export class CreateUserInput implements Pick<User, 'email' | 'role' | 'givenName' | 'familyName'> {
  @Field(() => String, { description: 'Sign-in email.' })
  email!: string;

  @Field(() => Role, { description: 'Staff role (patients register themselves).' })
  role!: Role;

  @Field(() => String, { description: 'Given name(s).' })
  givenName!: string;

  @Field(() => String, { description: 'Family name.' })
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  jobTitle?: string;

  @Field(() => Locale, { nullable: true, description: 'Interface language.' })
  locale?: Locale;
}

@InputType({ description: 'Changes to an account by an administrator.' })
export class UpdateUserInput {
  @Field(() => String, { description: 'The account to change.' })
  id!: string;

  @Field(() => Role, { nullable: true, description: 'New staff role.' })
  role?: Role;

  @Field(() => Boolean, { nullable: true, description: 'False disables the account at once.' })
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Given name(s).' })
  givenName?: string;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  familyName?: string;

  @Field(() => String, { nullable: true, description: 'Phone number; empty clears it.' })
  phone?: string;

  @Field(() => String, { nullable: true, description: 'Job title; empty clears it.' })
  jobTitle?: string;
}

@InputType({ description: 'The account whose password an administrator resets.' })
export class ResetUserPasswordInput {
  @Field(() => String, { description: 'The account.' })
  id!: string;
}

@ObjectType({ description: 'A new account and the temporary password to hand over.' })
export class CreateUserPayload {
  @Field(() => User, { description: 'The account.' })
  user!: User;

  @Field(() => String, { description: 'Shown once; must be changed at first sign-in.' })
  temporaryPassword!: string;
}

@ObjectType({ description: 'The temporary password after a reset.' })
export class ResetUserPasswordPayload {
  @Field(() => User, { description: 'The account.' })
  user!: User;

  @Field(() => String, { description: 'Shown once; must be changed at next sign-in.' })
  temporaryPassword!: string;
}

@InputType({ description: 'A new password chosen from a mailed reset link.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token of the link (`/reset-password?token=…`).' })
  token!: string;

  @Field(() => String, { description: 'The new password: 12 to 128 characters, not common.' })
  newPassword!: string;
}
