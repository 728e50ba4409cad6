import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// dkfds exports only its script, so its stylesheet, fonts and icons are reached through an
// alias; Vite then bundles every file they reference and the app needs no network at run time.
const dkfdsDist = fileURLToPath(new URL('./node_modules/dkfds/dist/', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [{ find: /^dkfds\/dist\/(.*)$/, replacement: `${dkfdsDist}$1` }],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // Libraries change seldom and the app often: apart, a new release of the app leaves the
        // browser's cached copy of React and the router valid.
        manualChunks: {
          react: ['react', 'react-dom', 'react-router', '@tanstack/react-query'],
          messages: ['intl-messageformat'],
          zod: ['zod'],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
