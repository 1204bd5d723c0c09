import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { coreEn } from './src/i18n/core.en.ts';
import { coreFr } from './src/i18n/core.fr.ts';

// Not VITE_-prefixed: the API address is build tooling, never part of the client bundle.
const api = process.env.CAREGRAPH_API ?? 'http://127.0.0.1:4000';

/**
 * Ionic elements the login screen never shows. @ionic/react is a single module, so an element
 * that any page uses would otherwise ship in the first chunk. For these, @ionic/react gets a
 * stand-in module: `defineCustomElement` loads the element on demand, and the class (which
 * @lit/react only reads at render time, for `prop in Class.prototype`) is the registered one.
 * Screens that use them import app/deferred-elements.ts, which defines them all up front.
 * Not ion-tabs: @ionic/react registers its own light `ion-tabs` when it loads, and deferring
 * Ionic's moved the tab bar to the top of the screen. Not the routing elements (ion-item,
 * ion-button, ion-card, ...): @ionic/react defines them with their class as it loads, and a
 * stand-in there stops the app at start ("Failed to execute 'define' on 'CustomElementRegistry'").
 */
const DEFERRED_IONIC = [
  'ion-alert',
  'ion-back-button',
  'ion-buttons',
  'ion-checkbox',
  'ion-header',
  'ion-label',
  'ion-list',
  'ion-modal',
  'ion-nav',
  'ion-note',
  'ion-segment',
  'ion-segment-button',
  'ion-tab',
  'ion-tab-bar',
  'ion-tab-button',
  'ion-title',
  'ion-toggle',
  'ion-toolbar',
];
const DEFERRED_PREFIX = '\0deferred-ionic:';

function deferIonicElements(): Plugin {
  return {
    name: 'caregraph:defer-ionic-elements',
    enforce: 'pre',
    resolveId(source, importer) {
      const match = /^@ionic\/core\/components\/(ion-[a-z-]+)\.js$/.exec(source);
      if (!match?.[1] || !importer) return null;
      if (!/@ionic[/\\]react[/\\]dist[/\\]index\.js$/.test(importer)) return null;
      return DEFERRED_IONIC.includes(match[1]) ? DEFERRED_PREFIX + match[1] : null;
    },
    load(id) {
      if (!id.startsWith(DEFERRED_PREFIX)) return null;
      const tag = id.slice(DEFERRED_PREFIX.length);
      const className = tag
        .split('-')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
      return [
        'let loading;',
        'export function defineCustomElement() {',
        `  loading ??= import('@ionic/core/components/${tag}.js').then((m) => m.defineCustomElement());`,
        '}',
        `export const ${className} = {`,
        `  get prototype() { return customElements.get('${tag}')?.prototype ?? HTMLElement.prototype; },`,
        '};',
      ].join('\n');
    },
  };
}

/** Code that only signed-in screens load: pages and features, less the signed-out ones. */
const LAZY_IMPORTER = /[/\\]src[/\\](pages|features)[/\\]/;
const SHELL_IMPORTER =
  /[/\\]src[/\\](pages[/\\]auth|features[/\\]auth|features[/\\]account[/\\]LanguageSwitch)/;
const COPIED = [/[/\\]ionicons[/\\]icons[/\\]index\.mjs$/, /[/\\]src[/\\]gql[/\\]graphql\.ts$/];

/**
 * ionicons/icons and the generated gql/graphql.ts are single modules of many exports, and the
 * login screen needs a few of them (an icon, the Login document). Rolldown keeps every export
 * that any page uses in that module's chunk, so the signed-in code gets its own copy of both:
 * their icons and documents then load with the pages rather than with the login screen.
 */
function splitLazyCopies(): Plugin {
  return {
    name: 'caregraph:split-lazy-copies',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !LAZY_IMPORTER.test(importer) || SHELL_IMPORTER.test(importer)) return null;
      if (source !== 'ionicons/icons' && !source.endsWith('/gql/graphql')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || !COPIED.some((file) => file.test(resolved.id))) return null;
      return `${resolved.id}?lazy-copy`;
    },
  };
}

const STRINGS = { en: coreEn, fr: coreFr } as const;

function stringAt(strings: object, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      strings,
    );
  if (typeof value !== 'string') throw new Error(`login.html: no string "${key}"`);
  return value;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/**
 * The sign-in page (login.html) is plain HTML that paints before any script: `{{t key}}` becomes
 * the string in every language (`<span lang="fr">…</span>`), and login.css shows the page's. A key
 * missing from a language fails the build. In development, /login serves that page, as the API
 * and the service worker do in production.
 */
function signedOutPage(): Plugin {
  return {
    name: 'caregraph:signed-out-page',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('login.html')) return html;
        return html.replace(/\{\{t ([\w.]+)\}\}/g, (_match, key: string) =>
          Object.entries(STRINGS)
            .map(
              ([lang, strings]) =>
                `<span lang="${lang}">${escapeHtml(stringAt(strings, key))}</span>`,
            )
            .join(''),
        );
      },
    },
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url === '/login' || req.url?.startsWith('/login?')) req.url = '/login.html';
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [
    signedOutPage(),
    deferIonicElements(),
    splitLazyCopies(),
    react(),
    VitePWA({
      // Registered by UpdatePrompt through workbox-window, with an "update available" prompt.
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'CareGraph',
        short_name: 'CareGraph',
        description: 'Hospital and clinic management',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b5394',
        background_color: '#f4f6f9',
        categories: ['medical', 'health', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The app shell only: code, styles, icons. GraphQL data is never cached by the worker.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/graphql/, /^\/healthz/, /^\/readyz/],
        cleanupOutdatedCaches: true,
        // vite-plugin-pwa drops these with injectRegister: false; the page sends SKIP_WAITING
        // from the update prompt, and the first worker takes control at once.
        skipWaiting: false,
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rolldownOptions: {
      // The app, and the sign-in page that opens it (its own small entry, see signedOutPage).
      input: {
        app: fileURLToPath(new URL('index.html', import.meta.url)),
        login: fileURLToPath(new URL('login.html', import.meta.url)),
      },
      treeshake: {
        // Each @ionic/core component module only builds its class (registration happens in its
        // defineCustomElement, called on first render), and its shared p-*.js modules only
        // declare helpers (transitions, menu controller, sanitizer...). Ionic does not declare
        // sideEffects: false, so without this every component ships in the first chunk, and
        // the helpers that @ionic/core/components re-exports ride along unused.
        moduleSideEffects: (id: string) =>
          !/@ionic[/\\]core[/\\]components[/\\](ion-[a-z-]+|p-[\w-]+)\.js$/.test(id),
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true, ws: true },
    },
  },
});
