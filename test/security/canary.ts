import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** One thing the canary saw, for the failure message of a test that let something through. */
export interface CanaryHit {
  kind: 'request' | 'upgrade' | 'connect' | 'connection'
  method?: string
  url?: string
  at: number
}

/**
 * A loopback tripwire: an HTTP server on 127.0.0.1 (random port) that counts
 * every request it receives — any method, any path, WebSocket upgrades and
 * CONNECT included — and every TCP connection made to it. A sandboxed program
 * that reaches the real network reaches this; the tests expect it to stay at
 * zero. It answers with permissive CORS and a script body, so that a request
 * which did get out would also *succeed* and be noticed rather than fail
 * quietly; WebSocket upgrades are refused.
 */
export interface Canary {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** `ws://127.0.0.1:<port>` */
  readonly wsUrl: string
  /** Requests of any kind (plain, upgrade, CONNECT) since the last reset. */
  requests(): number
  /** TCP connections accepted since the last reset (even ones that never sent a request). */
  connections(): number
  hits(): readonly CanaryHit[]
  reset(): void
  close(): Promise<void>
}

export async function startCanary(): Promise<Canary> {
  let hits: CanaryHit[] = []
  const sockets = new Set<Socket>()
  const record = (kind: CanaryHit['kind'], request?: IncomingMessage) => {
    hits.push({ kind, method: request?.method, url: request?.url, at: Date.now() })
  }

  const server: Server = createServer((request, response) => {
    record('request', request)
    response.writeHead(200, {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': '*',
      'access-control-allow-methods': '*',
      'content-type': 'text/javascript',
      'cache-control': 'no-store',
    })
    response.end('/* canary */ self.__canaryReached = true\n')
  })
  server.on('upgrade', (request, socket) => {
    record('upgrade', request)
    socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\ncontent-length: 0\r\n\r\n')
    socket.destroy()
  })
  server.on('connect', (request, socket) => {
    record('connect', request)
    socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\ncontent-length: 0\r\n\r\n')
    socket.destroy()
  })
  server.on('connection', (socket) => {
    record('connection')
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.on('clientError', (_error, socket) => socket.destroy())

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    requests: () => hits.filter((hit) => hit.kind !== 'connection').length,
    connections: () => hits.filter((hit) => hit.kind === 'connection').length,
    hits: () => hits.slice(),
    reset: () => {
      hits = []
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
