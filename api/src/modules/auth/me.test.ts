import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { viewerAnswers } from './me.js';

/** The `me` field node of a query, as `info.fieldNodes` holds it. */
function meOf(query: string) {
  const op = parse(query).definitions[0] as OperationDefinitionNode;
  const me = op.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [me] };
}

describe('viewerAnswers', () => {
  it('is true for fields the session lookup holds', () => {
    expect(viewerAnswers(meOf('{ me { id role } }'))).toBe(true);
    expect(
      viewerAnswers(meOf('{ me { __typename id role mustChangePassword capabilities } }')),
    ).toBe(true);
  });

  it('is false as soon as another field is asked for', () => {
    expect(viewerAnswers(meOf('{ me { id email } }'))).toBe(false);
    expect(viewerAnswers(meOf('{ me { id patient { id } } }'))).toBe(false);
  });

  it('is false for fragments and directives, which it does not look into', () => {
    expect(viewerAnswers(meOf('{ me { ...F } } fragment F on User { id }'))).toBe(false);
    expect(viewerAnswers(meOf('{ me { ... on User { id } } }'))).toBe(false);
    expect(viewerAnswers(meOf('query($x: Boolean!) { me { id @include(if: $x) } }'))).toBe(false);
  });
});
