import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { Server } from 'node:http';
import type { RequestContext } from '../kernel/context.js';
import { isPublicCode } from '../kernel/errors.js';

/**
 * graphql-armor throws its rejection from inside the visitor by default, which Apollo answers as
 * an unexpected 500; reported instead, it is an ordinary validation error with a clear message.
 */
const report = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
    },
  ],
};

export const LIMITS = { depth: 12, aliases: 15, tokens: 3000 } as const;

/**
 * Unexpected errors are logged with the request id and answered as INTERNAL_SERVER_ERROR with
 * that id, never with their message or stack: only our typed errors reach the client as they are.
 */
const maskErrors: ApolloServerPlugin<RequestContext> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ contextValue, errors }) {
        for (const err of errors) {
          const code = err.extensions.code;
          if (!isPublicCode(code)) {
            const cause = err.originalError ?? err;
            contextValue.log.error(
              { err: { type: cause.name, message: cause.message, stack: cause.stack } },
              'unexpected error',
            );
          }
        }
        return Promise.resolve();
      },
      willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) {
          return Promise.resolve();
        }
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
          isPublicCode(e.extensions?.code)
            ? e
            : {
                message: 'Internal error. Quote this request id to support.',
                path: e.path,
                extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
              },
        );
        return Promise.resolve();
      },
    });
  },
};

export function createApollo(
  schema: GraphQLSchema,
  httpServer: Server,
  opts: { introspection: boolean; maxCost: number },
) {
  return new ApolloServer<RequestContext>({
    schema,
    introspection: opts.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // With introspection off, "Did you mean …?" in validation errors would leak field names.
    hideSchemaDetailsFromClientErrors: !opts.introspection,
    parseOptions: { maxTokens: LIMITS.tokens },
    validationRules: [
      maxDepthRule({ n: LIMITS.depth, ignoreIntrospection: false, ...report }),
      maxAliasesRule({ n: LIMITS.aliases, ...report }),
      costLimitRule({
        maxCost: opts.maxCost,
        objectCost: 2,
        scalarCost: 1,
        depthCostFactor: 1.5,
        ignoreIntrospection: false,
        ...report,
      }),
    ],
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), maskErrors],
  });
}
