// Builds the renderer (renderer/index.html) into dist/renderer for Electron's app:// protocol
// and the browser-mode web host. The output has no inline scripts and no eval (our CSP).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  // relative asset URLs so the same build loads from app://, file:// and http://127.0.0.1
  base: './',
  plugins: [react()],
  server: { host: '127.0.0.1', strictPort: true },
  build: {
    outDir,
    emptyOutDir: true,
    // no source maps in production (and never eval-based ones)
    sourcemap: false,
    // Chromium (Electron 45, Debian chromium) supports modulepreload natively
    modulePreload: { polyfill: false },
    target: 'chrome130',
    chunkSizeWarningLimit: 1500,
  },
});
