import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every PWA operation from the API's emitted contract. Documents live beside the feature
 * that uses them, one operation per `.graphql` file; `pwa/src/gql` is generated, never edited.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['pwa/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'pwa/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        skipTypename: false,
        scalars: {
          DateTimeISO: 'string',
          LocalDate: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
