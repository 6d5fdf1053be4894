import type { Plugin } from 'vite'
import { PYODIDE_CACHE } from '../app/sandbox/page/pyodideCache.ts'

/**
 * Emits `sw.js`: a service worker that precaches every file of the build on
 * first visit, so the app then loads and runs with no network. Assets have
 * content hashes in their names; the cache is named after the build, and
 * older caches are dropped when a new build takes over.
 *
 * Pyodide (under `pyodide/<version>/`, 13 MB) is not precached: most visitors
 * never run Python. It is cached the first time it is fetched, in a cache of
 * its own that outlives app updates (its files are named by Pyodide version),
 * so Python works offline after its first use.
 */
export function offlinePlugin(): Plugin {
  return {
    name: 'looplab-offline',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => !name.endsWith('.map') && !name.startsWith('pyodide/'))
      const precache = ['./', 'favicon.svg', ...files.map((name) => name)]
      const version = hash(files.sort().join('\n'))
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorker(precache, version) })
    },
  }
}

function hash(text: string): string {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return (h >>> 0).toString(36)
}

function serviceWorker(precache: string[], version: string): string {
  return `// Looplab's service worker: precache the build, then serve it offline.
const CACHE = 'looplab-${version}'
const PYODIDE_CACHE = '${PYODIDE_CACHE}'
const FILES = ${JSON.stringify(precache)}
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, self.registration.scope)))).then(() => self.skipWaiting()))
})
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith('looplab-') && key !== CACHE && key !== PYODIDE_CACHE).map((key) => caches.delete(key)))).then(() => self.clients.claim()))
})
self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(new URL('./', self.registration.scope))))
    return
  }
  // Pyodide's files: the page looks in the Pyodide cache itself and keeps what it fetched there
  // (pyodideCache.ts). Passing them through here too slowed their first download.
  if (new URL(request.url).pathname.includes('/pyodide/')) return
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)))
})
`
}
