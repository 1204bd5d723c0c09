import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import type { Server } from 'node:http';
import type { RequestContext } from '../kernel/context.js';
import {
  isDatabaseUnavailable,
  isPublicCode,
  SERVICE_UNAVAILABLE_MESSAGE,
  ServiceUnavailableError,
} from '../kernel/errors.js';
import { queryCostLimit } from './query-cost.js';

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
 * An unreachable database is not unexpected: SERVICE_UNAVAILABLE (`formatError`), HTTP 503.
 */
const maskErrors: ApolloServerPlugin<RequestContext> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ contextValue, errors }) {
        for (const err of errors) {
          const code = err.extensions.code;
          if (!isPublicCode(code)) {
            const cause = err.originalError ?? err;
            if (isDatabaseUnavailable(cause)) {
              contextValue.log.warn(
                { err: { type: cause.name, message: cause.message.split('\n')[0] } },
                'database unavailable',
              );
              continue;
            }
            contextValue.log.error(
              { err: { type: cause.name, message: cause.message, stack: cause.stack } },
              'unexpected error',
            );
          }
        }
        return Promise.resolve();
      },
      willSendResponse({ contextValue, response }) {
        // What Apollo's cache-control plugin answered for a schema without cache hints, without
        // its per-field hook: no GraphQL answer (patient data) is stored by a browser or proxy.
        response.http.headers.set('cache-control', 'no-store');
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) {
          return Promise.resolve();
        }
        if (response.body.singleResult.errors.some(isServiceUnavailable)) {
          response.http.status = 503;
          response.http.headers.set(
            'retry-after',
            String(ServiceUnavailableError.retryAfterSeconds),
          );
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

function isServiceUnavailable(e: GraphQLFormattedError): boolean {
  return e.extensions?.code === 'SERVICE_UNAVAILABLE';
}

/**
 * A resolver that could not reach the database answers SERVICE_UNAVAILABLE (the request may be
 * sent again), with no trace of the driver's message; the rest is left to `maskErrors`.
 */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isPublicCode(formatted.extensions?.code) || !isDatabaseUnavailable(error)) return formatted;
  return {
    message: SERVICE_UNAVAILABLE_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      retryAfter: ServiceUnavailableError.retryAfterSeconds,
    },
  };
}

export function createApollo(
  schema: GraphQLSchema,
  httpServer: Server,
  opts: {
    introspection: boolean;
    maxCost: number;
    /** Run after the server's own (metrics). */
    plugins?: ApolloServerPlugin<RequestContext>[];
  },
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
    ],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The schema has no cache hints, so every answer was `no-store` anyway (set by `maskErrors`);
      // the plugin's per-field hook made Apollo wrap every resolver of the schema to call it.
      ApolloServerPluginCacheControlDisabled(),
      queryCostLimit<RequestContext>(opts.maxCost),
      maskErrors,
      ...(opts.plugins ?? []),
    ],
    formatError,
  });
}
