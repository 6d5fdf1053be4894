/**
 * The sandbox iframe's document (used as `srcdoc`). Its Content-Security-Policy
 * denies every network destination and allows workers only from `blob:`; its
 * one inline script waits for the page's first message — the worker's source
 * and the private port — starts the classic blob worker and hands it the port.
 * After that the frame takes no more messages.
 */
export const SANDBOX_CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval' blob:; worker-src blob:; connect-src 'none'; img-src 'none'; style-src 'none'; font-src 'none'; media-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'"

const BOOTSTRAP = `(() => {
  let started = false
  addEventListener('message', (event) => {
    if (started || event.source !== parent) return
    const data = event.data
    const port = event.ports && event.ports[0]
    if (!data || data.type !== 'looplab-init' || typeof data.workerSource !== 'string' || !port) return
    started = true
    const url = URL.createObjectURL(new Blob([data.workerSource], { type: 'text/javascript' }))
    const worker = new Worker(url)
    worker.postMessage({ type: 'looplab-port' }, [port])
  })
})()`

export function sandboxDocument(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SANDBOX_CSP}"></head><body><script>${BOOTSTRAP}</script></body></html>`
}
