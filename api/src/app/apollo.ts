import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { RequestContext } from '../kernel/context.js';
import { isPublicCode } from '../kernel/errors.js';

export const LIMITS = { depth: 12, aliases: 15, cost: 5000, tokens: 3000 } as const;

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

export function createApollo(schema: GraphQLSchema, httpServer: Server, introspection: boolean) {
  return new ApolloServer<RequestContext>({
    schema,
    introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: LIMITS.tokens },
    validationRules: [
      maxDepthRule({ n: LIMITS.depth, propagateOnRejection: false }),
      maxAliasesRule({ n: LIMITS.aliases, propagateOnRejection: false }),
      costLimitRule({
        maxCost: LIMITS.cost,
        objectCost: 2,
        scalarCost: 1,
        depthCostFactor: 1.5,
        propagateOnRejection: false,
      }),
    ],
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), maskErrors],
  });
}
