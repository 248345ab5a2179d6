import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer as a plain web app (npm run web): the same code with the web platform adapter.
export default defineConfig({
  root: 'renderer',
  base: './',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [react()],
  define: { 'import.meta.env.VITE_PLATFORM': JSON.stringify('web') },
  build: { outDir: resolve(import.meta.dirname, 'dist-web'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
