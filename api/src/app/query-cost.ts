import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isAbstractType,
  isCompositeType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Arguments that say how many items a list field (or a connection's lists) returns. */
const SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

/**
 * A connection's page when `first` is left out: `DEFAULT_PAGE` of kernel/graphql/connection.ts,
 * repeated because importing that module needs the decorator metadata polyfill loaded first, which
 * would make this module (and `apollo.ts`) depend on import order. The unit test checks they agree.
 */
export const DEFAULT_PAGE = 20;

/**
 * What a resolver returns when its size argument is left out, where that is not `DEFAULT_PAGE`.
 * The SDL does not carry these (the resolvers default in code), so they are repeated here; an
 * argument's SDL default, when one is declared, wins over this table.
 */
export const DEFAULT_LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.accessRefusals': 50,
  'Query.medicationAdministrations': 100,
  'PatientChart.recentEncounters': 5,
  'PatientChart.recentLabResults': 10,
};

/**
 * Fields whose whole answer the service builds in memory, in a constant number of statements,
 * from the caller's own bounded set (the shift pack: the patients of one nurse's wards or one
 * doctor's round): nothing under them reads the database per item, so their lists count once
 * each and the subtree costs what it selects.
 */
export const PRELOADED_FIELDS: ReadonlySet<string> = new Set(['Query.myShiftPack']);

/** Beyond it, a variable is no Int and the operation fails anyway: the cost stays finite. */
const MAX_INT = 2 ** 31 - 1;

/**
 * A list no argument bounds holds one record's or one day's own items (a patient's allergies, a
 * practitioner's appointments of the day, a result's reference ranges): counted as 10 of them.
 */
export const UNSIZED_LIST = 10;

type Variables = Readonly<Record<string, unknown>>;

/**
 * The cost of running one operation of `document`, counted before anything runs:
 *
 * - a leaf field (scalar or enum, or a list of them) costs 1, `__typename` nothing;
 * - a field with a selection costs 1 + n × the cost of its selection, where n is 1 for one object
 *   and, for a list, its own size argument (`first`, `last`, `limit`), else the size argument of the
 *   connection it is a list of (`users(first: 50) { nodes … }`), else what the resolver returns by
 *   default, else `UNSIZED_LIST`.
 *
 * So nested pages multiply: `patients(first: 100) { nodes { allergies { … } } }` costs 100 × 10
 * allergies' fields. Sizes are read from literals and from `variables` (then from the variable's
 * default), and are not capped at what the resolver accepts: a size it would refuse is refused
 * here too, only earlier. Fragments and inline fragments count where they apply; on an interface
 * or a union the dearest of its object types counts. Each selection is costed once per type and
 * page size, so a document that spreads fragments into each other costs no exponential time.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Variables = {},
  operationName?: string | null,
): number {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const values: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (Object.hasOwn(variables, name)) values[name] = variables[name];
    else if (v.defaultValue) values[name] = valueFromASTUntyped(v.defaultValue);
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  return new CostCounter(schema, fragments, values).selection(
    operation.selectionSet,
    root,
    undefined,
  );
}

class CostCounter {
  private readonly memo = new Map<SelectionSetNode, Map<string, number>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
    /** Inside a preloaded field: every list counts once. */
    private readonly flat = false,
  ) {}

  /** `pageSize` is the size argument of the connection this selection belongs to, if any. */
  selection(set: SelectionSetNode, type: GraphQLObjectType, pageSize: number | undefined): number {
    const key = `${type.name}:${String(pageSize)}`;
    let byType = this.memo.get(set);
    const known = byType?.get(key);
    if (known !== undefined) return known;
    if (!byType) {
      byType = new Map();
      this.memo.set(set, byType);
    }
    // Only a fragment cycle comes back here before the total is known: validation refuses those
    // first, and should one slip through, it is priceless rather than a stack overflow.
    byType.set(key, Infinity);
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        total += this.field(s, type, pageSize);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (this.applies(s.typeCondition, type)) {
          total += this.selection(s.selectionSet, type, pageSize);
        }
      } else {
        const fragment = this.fragments.get(s.name.value);
        if (fragment && this.applies(fragment.typeCondition, type)) {
          total += this.selection(fragment.selectionSet, type, pageSize);
        }
      }
    }
    byType.set(key, total);
    return total;
  }

  private field(node: FieldNode, parent: GraphQLObjectType, pageSize: number | undefined): number {
    const name = node.name.value;
    if (name === '__typename') return 0;
    const def =
      name === '__schema'
        ? SchemaMetaFieldDef
        : name === '__type'
          ? TypeMetaFieldDef
          : parent.getFields()[name];
    const named = def ? getNamedType(def.type) : undefined;
    const set = node.selectionSet;
    if (!def || !set || !isCompositeType(named)) return 1;
    if (!this.flat && PRELOADED_FIELDS.has(`${parent.name}.${name}`)) {
      const inMemory = new CostCounter(this.schema, this.fragments, this.variables, true);
      const types = isAbstractType(named) ? this.schema.getPossibleTypes(named) : [named];
      return 1 + Math.max(...types.map((t) => inMemory.selection(set, t, undefined)));
    }
    const own = this.size(node, parent, def);
    const list = isListType(getNullableType(def.type));
    const n = this.flat ? 1 : list ? (own ?? pageSize ?? UNSIZED_LIST) : 1;
    const types = isAbstractType(named) ? this.schema.getPossibleTypes(named) : [named];
    let each = 0;
    for (const t of types) {
      each = Math.max(each, this.selection(node.selectionSet, t, list ? undefined : own));
    }
    return 1 + n * each;
  }

  /** The page size a field asks for, or undefined when it takes no size argument. */
  private size(
    node: FieldNode,
    parent: GraphQLObjectType,
    def: GraphQLField<unknown, unknown>,
  ): number | undefined {
    for (const name of SIZE_ARGUMENTS) {
      const arg = def.args.find((a) => a.name === name);
      if (!arg) continue;
      const given = node.arguments?.find((a) => a.name.value === name);
      const value = given ? this.number(given.value) : undefined;
      if (value !== undefined) return Math.min(Math.max(1, Math.ceil(value)), MAX_INT);
      if (typeof arg.defaultValue === 'number') return arg.defaultValue;
      return DEFAULT_LIST_SIZES[`${parent.name}.${def.name}`] ?? DEFAULT_PAGE;
    }
    return undefined;
  }

  /** A literal or a variable's number; anything else (null, absent, not a number) is none. */
  private number(value: ValueNode): number | undefined {
    const raw =
      value.kind === Kind.VARIABLE ? this.variables[value.name.value] : valueFromASTUntyped(value);
    return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
  }

  private applies(condition: NamedTypeNode | undefined, type: GraphQLObjectType): boolean {
    if (!condition) return true;
    const c = this.schema.getType(condition.name.value);
    return c === type || (c !== undefined && isAbstractType(c) && this.schema.isSubType(c, type));
  }
}

/**
 * Refuses an operation dearer than `maxCost` before it runs. A validation rule would see no
 * variables (and Apollo caches its verdict per document), yet `first: $n` is how clients page: so
 * the check runs once the operation is resolved and its variables are known, and its refusal is
 * answered like any other invalid document.
 */
export function queryCostLimit<T extends BaseContext>(maxCost: number): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, request }) {
          const cost = queryCost(schema, document, request.variables, request.operationName);
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost ${String(cost)} exceeds the limit of ${String(maxCost)}: ask for smaller pages or fewer fields.`,
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  cost,
                  maxCost,
                  http: { status: 400 },
                },
              },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
