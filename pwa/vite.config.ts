import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Not VITE_-prefixed: the API address is build tooling, never part of the client bundle.
const api = process.env.CAREGRAPH_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [
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
      treeshake: {
        // Each @ionic/core component module only builds its class (registration happens in its
        // defineCustomElement, called on first render), but Ionic does not declare
        // sideEffects: false, so without this every component ships in the first chunk.
        moduleSideEffects: (id: string) =>
          !/@ionic[/\\]core[/\\]components[/\\]ion-[a-z-]+\.js$/.test(id),
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true, ws: true },
    },
  },
});
