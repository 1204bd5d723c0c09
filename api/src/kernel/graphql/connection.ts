import { Cursor } from '@mikro-orm/core';
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  type GraphQLResolveInfo,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { ValidationError } from '../errors.js';

@ObjectType({ description: 'Where a page sits in a list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass as `after`.' })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` object types for a node type. Lists in the API are
 * cursor connections (first/after) with a total count.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An item of a ${name} list with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this item.' })
    cursor!: string;

    @Field(() => node, { description: 'The item.' })
    node!: T;
  }

  // Not reachable from any resolver, so never emitted: only its named subclass is.
  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'Items with their cursors.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'Items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging state.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

/** Page size from `first`, bounded; a bad value is a field error, not a silent clamp. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new ValidationError({ first: `must be between 1 and ${MAX_PAGE}` });
  }
  return first;
}

/**
 * Maps a MikroORM keyset cursor to the connection shape; `toNode` turns each row into the node
 * the list shows when that is not the entity itself (the cursor stays the row's).
 */
export function fromCursor<T extends object>(cursor: Cursor<T>): ConnectionShape<T>;
export function fromCursor<T extends object, N>(
  cursor: Cursor<T>,
  toNode: (row: T) => N,
): ConnectionShape<N>;
export function fromCursor<T extends object, N>(
  cursor: Cursor<T>,
  toNode?: (row: T) => N,
): ConnectionShape<T | N> {
  const rows = [...cursor.items];
  const edges = rows.map((row) => ({ cursor: cursor.from(row), node: toNode ? toNode(row) : row }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: cursor.totalCount,
  };
}

/** Builds a connection from rows fetched with one extra row to detect the next page. */
export function fromRows<T>(
  rows: T[],
  size: number,
  totalCount: number,
  cursorOf: (row: T) => string,
  hasPrevious: boolean,
): ConnectionShape<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** Whether `value` can be a keyset cursor this API handed out (base64url of a JSON array). */
export function isCursor(value: string): boolean {
  try {
    return Array.isArray(Cursor.decode(value));
  } catch {
    return false;
  }
}

/**
 * The paging arguments of a list (`after`, `before`) checked before any query runs: a cursor
 * that this API did not hand out is a field error, not an internal one.
 */
export function checkCursorArguments(args: Record<string, unknown>): void {
  const fields: Record<string, string> = {};
  for (const name of ['after', 'before']) {
    const value = args[name];
    if (typeof value === 'string' && !isCursor(value))
      fields[name] = 'is not a position in this list';
  }
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
}

/**
 * Whether the query asks for `name` directly under the field being resolved (through fragments
 * too): a connection counts its `totalCount` only when someone reads it.
 */
export function asksFor(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  // `@include(if: false)` and `@skip(if: true)` leave a field out as if it were not written.
  const included = (s: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, s, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, s, info.variableValues)?.if !== false;
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).filter(included).some((s) => {
      switch (s.kind) {
        case Kind.FIELD:
          return s.name.value === name;
        case Kind.INLINE_FRAGMENT:
          return within(s.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          if (seen.has(s.name.value)) return false;
          seen.add(s.name.value);
          return within(info.fragments[s.name.value]?.selectionSet);
        }
      }
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
