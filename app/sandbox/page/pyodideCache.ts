/**
 * Pyodide's files in a cache of their own (named by Pyodide version in their URLs, so it outlives
 * app updates): the page looks there first and keeps what it fetched there, so Python works offline
 * after its first use even when that use came before the service worker controlled the page (a
 * first visit through a Python share link). The service worker leaves these files alone (it only
 * keeps the cache when it clears old ones).
 */
export const PYODIDE_CACHE = 'looplab-pyodide'

async function openCache(): Promise<Cache | undefined> {
  try {
    return typeof caches === 'undefined' ? undefined : await caches.open(PYODIDE_CACHE)
  } catch {
    // No CacheStorage here (an insecure context, a private window that refuses it): fetch only.
    return undefined
  }
}

/** The response for one of Pyodide's files: from the cache, else from the network (and then kept). */
export async function fetchPyodideFile(url: string): Promise<Response> {
  const cache = await openCache()
  const hit = await cache?.match(url)
  if (hit) return hit
  const response = await fetch(url)
  if (!response.ok) throw new Error(`could not load ${url} (${response.status})`)
  // Read whole, then kept: a cache write fed by a clone of the body as it arrives slowed the
  // download itself two to four times (measured in Chromium on Pyodide's 19 MB).
  const body = await response.blob()
  const headers = new Headers(response.headers)
  if (cache) void cache.put(url, new Response(body, { headers })).catch(() => undefined)
  return new Response(body, { headers })
}

/**
 * Drops the cached files whose name starts with `prefix` other than `keep` (snapshots of runtimes
 * this version of Looplab no longer ships: each is named by a digest of what it holds).
 */
export async function forgetOtherPyodideFiles(keep: string, prefix: string): Promise<void> {
  const cache = await openCache()
  if (!cache) return
  const kept = new URL(keep, location.href).href
  for (const request of await cache.keys()) {
    const name = new URL(request.url).pathname.split('/').pop() ?? ''
    if (name.startsWith(prefix) && request.url !== kept) await cache.delete(request).catch(() => false)
  }
}
