import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * In development Vite serves the app on :5173 and forwards API calls to the API on :3000, so the
 * browser sees one origin (the refresh cookie is SameSite=Strict). `vite build` writes dist/,
 * which the API serves in production and under `npm start`.
 */
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source'] },
  // The server entry (entry-server.tsx, built with --ssr into dist-ssr/) carries its dependencies,
  // so the API loads one self-contained module whatever node_modules it runs beside.
  ssr: { noExternal: true },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/badge': 'http://localhost:3000',
      '/docs': 'http://localhost:3000',
      '/openapi.json': 'http://localhost:3000',
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack)[\\/]/ },
            { name: 'typebox', test: /node_modules[\\/]typebox[\\/]/ },
          ],
        },
      },
    },
  },
});
