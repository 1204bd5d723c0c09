import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Viewer } from '../../kernel/context.js';
import type { User } from './user.entity.js';

/**
 * The account fields every request already holds: the session lookup reads them with the session
 * (`app/context.ts`), and `capabilities` is computed from them.
 */
const VIEWER_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'role',
  'mustChangePassword',
  'capabilities',
]);

/** The part of the account a viewer carries, as `me` answers it without reading the account. */
export type ViewerAccount = Pick<User, 'id' | 'role' | 'mustChangePassword'>;

/**
 * Whether `me`'s selection asks only for fields the viewer holds, so that the account row need not
 * be read again. Fragments, directives and any other field mean the account is loaded.
 */
export function viewerAnswers(info: Pick<GraphQLResolveInfo, 'fieldNodes'>): boolean {
  return info.fieldNodes.every((node) => onlyViewerFields(node.selectionSet));
}

function onlyViewerFields(set: SelectionSetNode | undefined): boolean {
  if (!set) return false;
  return set.selections.every(
    (s) => s.kind === Kind.FIELD && !s.directives?.length && VIEWER_FIELDS.has(s.name.value),
  );
}

export function viewerAccount(viewer: Viewer): ViewerAccount {
  return { id: viewer.userId, role: viewer.role, mustChangePassword: viewer.mustChangePassword };
}
