import { Field, InputType, ObjectType } from 'type-graphql';
import { User } from './user.entity.js';

@InputType({ description: 'The second step of a sign-in with two-step verification.' })
export class VerifyMfaInput {
  @Field(() => String, {
    description: 'The challenge from the MFA_REQUIRED answer of login (valid 5 minutes).',
  })
  challenge!: string;

  @Field(() => String, {
    description: 'The 6-digit code of the authenticator app, or one unused recovery code.',
  })
  code!: string;
}

@ObjectType({ description: 'A new authenticator secret to add to an app, not yet confirmed.' })
export class MfaEnrolment {
  @Field(() => String, { description: 'The secret in base32, for typing into the app by hand.' })
  secret!: string;

  @Field(() => String, { description: 'The otpauth:// URI the QR code holds.' })
  otpauthUri!: string;

  @Field(() => String, { description: 'The QR code of the URI as a PNG data URL.' })
  qrCodeDataUrl!: string;
}

@ObjectType({ description: 'Two-step verification turned on, with its recovery codes.' })
export class MfaRecoveryCodes {
  @Field(() => User, { description: 'The account.' })
  user!: User;

  @Field(() => [String], {
    description: 'Ten single-use recovery codes, shown this once: the server keeps only hashes.',
  })
  recoveryCodes!: string[];
}
