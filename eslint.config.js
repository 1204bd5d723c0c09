import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** src/main.tsx and src/routes.ts import every layer; no layer imports them back. */
const COMPOSITION_ROOT = {
  regex: '^(?:\\.\\./)+(?:main|routes)$',
  message: 'only the composition root imports main.tsx or routes.ts; take what you need as a prop',
};

/**
 * One layer rule of the PWA: `layerPatterns` (no-restricted-imports regex patterns) for static
 * imports and re-exports, and the same regexes for `import()`, which no-restricted-imports does not
 * see. `lazyLoaders` are files whose very purpose is to load what the rule forbids, lazily.
 */
function pwaLayer(files, layerPatterns, lazyLoaders = []) {
  const patterns = [...layerPatterns, COMPOSITION_ROOT];
  const dynamic = patterns.map(({ regex, message }) => ({
    selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`,
    message,
  }));
  return [
    { files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } },
    {
      files: [files],
      ignores: lazyLoaders,
      rules: { 'no-restricted-syntax': ['error', ...dynamic] },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dev-dist/**',
      '.data/**',
      'pwa/src/gql/**',
      'api/src/migrations/**',
      'artifacts/**',
      '**/*.config.js',
      '**/*.config.mjs',
      'scripts/**',
      // Plain Node scripts of the PWA bench, outside every tsconfig.
      'bench/**/*.mjs',
      // Served as it is, before any bundle: a classic script of a few lines (signed-out.js).
      'pwa/public/**',
      '.ci/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-extraneous-class': 'off',
      // GraphQL object types are often built as plain objects of the class's shape.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The kernel knows no domain; a module reaches another only through its index.ts.
    files: ['api/src/kernel/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/modules/**', '**/app/**'],
              message: 'kernel/ must not import modules or app',
            },
          ],
        },
      ],
    },
  },
  // A module reaches another only through its index.ts; the sub-domains of one module (one
  // folder down, e.g. records/lab/) import each other freely.
  ...[
    ['api/src/modules/*/*.ts', '^\\.\\./(?!\\.)[^/]+/(?!index\\.js$).+'],
    ['api/src/modules/*/*/*.ts', '^\\.\\./\\.\\./(?!\\.)[^/]+/(?!index\\.js$).+'],
  ].map(([files, regex]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex, message: 'import another module through its index.ts' },
            { group: ['**/app/**'], message: 'modules must not import app/' },
          ],
        },
      ],
    },
  })),
  {
    // Role lists live in the rules files only: services, resolvers and entities ask a predicate of
    // their module's rules file (or the access policy) instead of naming a role.
    files: ['api/src/modules/**/*.ts'],
    ignores: ['api/src/modules/**/*.rules.ts', 'api/src/modules/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Role']",
          message: 'name roles only in a *.rules.ts file; ask one of its predicates here',
        },
      ],
    },
  },
  {
    files: ['api/src/cli/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['pwa/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // The PWA's layers: pages -> features -> app, never upward, and no page reaches into another.
  // src/main.tsx and src/routes.ts are the composition root, the one place that lists pages.
  // Dynamic import() is checked too: a lazy page is still an import.
  ...pwaLayer('pwa/src/app/**/*.{ts,tsx}', [
    {
      regex: '^(?:\\.\\.?/)+(?:features|pages)/',
      message:
        'app/ must not import features/ or pages/: receive it from the composition root (main.tsx, routes.ts)',
    },
  ]),
  ...pwaLayer('pwa/src/features/**/*.{ts,tsx}', [
    { regex: '^(?:\\.\\./)+pages/', message: 'features/ must not import pages/' },
  ]),
  ...pwaLayer(
    'pwa/src/pages/**/*.{ts,tsx}',
    [
      {
        // A sibling (./X), another domain's page (../other/X) or pages/ by any other way.
        regex: '^\\./|^\\.\\./(?!\\.\\./)|^(?:\\.\\./)+pages/',
        message: 'a page must not import another page module: share it through features/<domain>/',
      },
    ],
    // A domain's routes.ts lazily loads its own pages: that is what it is for.
    ['pwa/src/pages/*/routes.ts'],
  ),
  ...pwaLayer('pwa/src/i18n/**/*.ts', [
    {
      regex: '^(?:\\.\\./)+(?:app|pages)/|^(?:\\.\\./)+features/[^/]+/(?!i18n/)',
      message: 'i18n/ gathers strings only: features/<domain>/i18n/, never app/ or pages/',
    },
  ]),
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**/*.ts', '**/e2e/**/*.ts'],
    rules: {
      // Tests drive the real server through app/testing, whichever module they sit in.
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
);
