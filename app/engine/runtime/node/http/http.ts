/**
 * `node:http` and `node:https` for one run: servers on the simulated world,
 * clients to its routes and to the program's own servers. https is the same
 * model (no TLS is simulated; `createServer`'s key and cert are ignored).
 */
import type { NodeHostInternals } from '../../hosts/node/internals.ts'
import type { PromiseRealm } from '../../promise/realm.ts'
import type { WorldInternals } from '../../world/world.ts'
import type { BufferKit } from '../buffer.ts'
import type { EmitterConstructor } from '../events.ts'
import { createHttpClient } from './client.ts'
import type { LocalServerRegistry } from './localServers.ts'
import { createMessages } from './messages.ts'
import { createHttpServer } from './server.ts'
import { METHODS, STATUS_CODES } from './statusCodes.ts'

export interface HttpServices {
  realm: PromiseRealm
  node: NodeHostInternals
  world: WorldInternals
  buffer: BufferKit
  EventEmitter: EmitterConstructor
  registry: LocalServerRegistry
  httpDate: () => string
  newAbortController(): { signal: object; abort(reason?: unknown): void }
}

export function createHttpModules(services: HttpServices) {
  const nextTick = (callback: () => void) => services.node.nextTick(callback, [])
  const messages = createMessages({
    realm: services.realm,
    buffer: services.buffer,
    EventEmitter: services.EventEmitter,
    nextTick,
    httpDate: services.httpDate,
  })
  const server = createHttpServer({
    EventEmitter: services.EventEmitter,
    node: services.node,
    registry: services.registry,
    buffer: services.buffer,
    messages,
  })
  const moduleFor = (scheme: 'http' | 'https') => {
    const client = createHttpClient({ ...services, messages, nextTick }, scheme)
    return {
      createServer: (options?: unknown, listener?: unknown) => server.createServer(options, listener),
      get: client.get,
      request: client.request,
      Server: server.Server,
      IncomingMessage: messages.IncomingMessage,
      ServerResponse: messages.ServerResponse,
      ClientRequest: client.ClientRequest,
      STATUS_CODES,
      METHODS,
    }
  }
  return { http: moduleFor('http'), https: moduleFor('https') }
}
