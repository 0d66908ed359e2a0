import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The dev server only (`npm run dev`): React Refresh injects an inline preamble, Vite injects
 * CSS as <style> elements and HMR talks over a websocket. The built app and every test keep the strict policy in index.html.
 */
const devServerCsp: Plugin = {
  name: 'boligplan-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*"),
};

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // better-sqlite3 is a native module: load it from node_modules at run time.
      externalizeDeps: true,
      rolldownOptions: { input: { index: resolve(__dirname, 'main/electron/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot require npm packages: bundle everything into one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        // A sandboxed preload must be one CommonJS file.
        output: { format: 'cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devServerCsp],
    build: {
      outDir: 'out/renderer',
      minify: true,
      // A desktop app loads its bundle from disk; one chunk is fine.
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
