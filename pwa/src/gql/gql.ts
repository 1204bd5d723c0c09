/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'query Me {\n  me {\n    ...SessionUser\n    phone\n    address\n    jobTitle\n    lastLoginAt\n    createdAt\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      sex\n      phone\n      email\n    }\n  }\n}': typeof types.MeDocument;
  'mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    ...SessionUser\n    phone\n    address\n  }\n}': typeof types.UpdateMyProfileDocument;
  'query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      action\n      actorId\n      actorRole\n      outcome\n      occurredAt\n      patientId\n      targetType\n      targetId\n      errorCode\n      ip\n      requestId\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.AuditEventsDocument;
  'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...SessionUser\n  }\n}': typeof types.ChangePasswordDocument;
  'mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}': typeof types.LoginDocument;
  'mutation Logout {\n  logout\n}': typeof types.LogoutDocument;
  'mutation RefreshSession {\n  refreshSession {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}': typeof types.RefreshSessionDocument;
  'mutation RegisterPatient($input: RegisterPatientInput!) {\n  registerPatient(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}': typeof types.RegisterPatientDocument;
  'fragment SessionUser on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  givenName\n  familyName\n  displayName\n  locale\n}': typeof types.SessionUserFragmentDoc;
  'mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}': typeof types.CreateUserDocument;
  'mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}': typeof types.ResetUserPasswordDocument;
  'mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserFields\n  }\n}': typeof types.UpdateUserDocument;
  'fragment UserFields on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  givenName\n  familyName\n  displayName\n  phone\n  jobTitle\n  locale\n  lastLoginAt\n  createdAt\n}': typeof types.UserFieldsFragmentDoc;
  'query User($id: ID!) {\n  user(id: $id) {\n    ...UserFields\n  }\n}': typeof types.UserDocument;
  'query Users($search: String, $role: Role, $first: Int, $after: String) {\n  users(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...UserFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.UsersDocument;
};
const documents: Documents = {
  'query Me {\n  me {\n    ...SessionUser\n    phone\n    address\n    jobTitle\n    lastLoginAt\n    createdAt\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      sex\n      phone\n      email\n    }\n  }\n}':
    types.MeDocument,
  'mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    ...SessionUser\n    phone\n    address\n  }\n}':
    types.UpdateMyProfileDocument,
  'query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      action\n      actorId\n      actorRole\n      outcome\n      occurredAt\n      patientId\n      targetType\n      targetId\n      errorCode\n      ip\n      requestId\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.AuditEventsDocument,
  'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...SessionUser\n  }\n}':
    types.ChangePasswordDocument,
  'mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}':
    types.LoginDocument,
  'mutation Logout {\n  logout\n}': types.LogoutDocument,
  'mutation RefreshSession {\n  refreshSession {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}':
    types.RefreshSessionDocument,
  'mutation RegisterPatient($input: RegisterPatientInput!) {\n  registerPatient(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}':
    types.RegisterPatientDocument,
  'fragment SessionUser on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  givenName\n  familyName\n  displayName\n  locale\n}':
    types.SessionUserFragmentDoc,
  'mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}':
    types.CreateUserDocument,
  'mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}':
    types.ResetUserPasswordDocument,
  'mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserFields\n  }\n}':
    types.UpdateUserDocument,
  'fragment UserFields on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  givenName\n  familyName\n  displayName\n  phone\n  jobTitle\n  locale\n  lastLoginAt\n  createdAt\n}':
    types.UserFieldsFragmentDoc,
  'query User($id: ID!) {\n  user(id: $id) {\n    ...UserFields\n  }\n}': types.UserDocument,
  'query Users($search: String, $role: Role, $first: Int, $after: String) {\n  users(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...UserFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.UsersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Me {\n  me {\n    ...SessionUser\n    phone\n    address\n    jobTitle\n    lastLoginAt\n    createdAt\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      sex\n      phone\n      email\n    }\n  }\n}',
): (typeof documents)['query Me {\n  me {\n    ...SessionUser\n    phone\n    address\n    jobTitle\n    lastLoginAt\n    createdAt\n    patient {\n      id\n      mrn\n      displayName\n      familyName\n      givenNames\n      birthDate\n      sex\n      phone\n      email\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    ...SessionUser\n    phone\n    address\n  }\n}',
): (typeof documents)['mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    ...SessionUser\n    phone\n    address\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      action\n      actorId\n      actorRole\n      outcome\n      occurredAt\n      patientId\n      targetType\n      targetId\n      errorCode\n      ip\n      requestId\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      action\n      actorId\n      actorRole\n      outcome\n      occurredAt\n      patientId\n      targetType\n      targetId\n      errorCode\n      ip\n      requestId\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...SessionUser\n  }\n}',
): (typeof documents)['mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...SessionUser\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}',
): (typeof documents)['mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Logout {\n  logout\n}',
): (typeof documents)['mutation Logout {\n  logout\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RefreshSession {\n  refreshSession {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}',
): (typeof documents)['mutation RefreshSession {\n  refreshSession {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RegisterPatient($input: RegisterPatientInput!) {\n  registerPatient(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}',
): (typeof documents)['mutation RegisterPatient($input: RegisterPatientInput!) {\n  registerPatient(input: $input) {\n    accessToken\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SessionUser on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  givenName\n  familyName\n  displayName\n  locale\n}',
): (typeof documents)['fragment SessionUser on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  givenName\n  familyName\n  displayName\n  locale\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}',
): (typeof documents)['mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}',
): (typeof documents)['mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n  resetUserPassword(input: $input) {\n    temporaryPassword\n    user {\n      ...UserFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserFields\n  }\n}',
): (typeof documents)['mutation UpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    ...UserFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment UserFields on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  givenName\n  familyName\n  displayName\n  phone\n  jobTitle\n  locale\n  lastLoginAt\n  createdAt\n}',
): (typeof documents)['fragment UserFields on User {\n  id\n  email\n  role\n  active\n  mustChangePassword\n  givenName\n  familyName\n  displayName\n  phone\n  jobTitle\n  locale\n  lastLoginAt\n  createdAt\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query User($id: ID!) {\n  user(id: $id) {\n    ...UserFields\n  }\n}',
): (typeof documents)['query User($id: ID!) {\n  user(id: $id) {\n    ...UserFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Users($search: String, $role: Role, $first: Int, $after: String) {\n  users(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...UserFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query Users($search: String, $role: Role, $first: Int, $after: String) {\n  users(search: $search, role: $role, first: $first, after: $after) {\n    totalCount\n    nodes {\n      ...UserFields\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
