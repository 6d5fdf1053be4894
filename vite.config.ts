import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { offlinePlugin } from './build/offlinePlugin.ts'
import { pyodidePlugin } from './build/pyodidePlugin.ts'
import { sandboxWorkerPlugin } from './build/sandboxWorkerPlugin.ts'

/** Monaco's package exports do not reach its stylesheets; the icon font's CSS is aliased directly. */
const codiconCss = fileURLToPath(
  new URL('./node_modules/monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon.css', import.meta.url),
)

export default defineConfig({
  plugins: [react(), sandboxWorkerPlugin(), pyodidePlugin(), offlinePlugin()],
  resolve: { alias: { 'monaco-codicon.css': codiconCss } },
  optimizeDeps: { include: ['typescript'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  preview: { cors: true },
})
