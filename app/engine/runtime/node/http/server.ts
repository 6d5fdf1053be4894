/**
 * `http.createServer` / `http.Server`: a server listening on a port of the
 * simulated world. Each request (from `fetch`, `http.get` or
 * `world.clients`) arrives as an I/O task that emits `'request'` with an
 * IncomingMessage and a ServerResponse; `res.end()` sends the response back
 * over the network. A listening server keeps the program alive, as in Node,
 * until `server.close()`.
 */
import type { NodeHostInternals } from '../../hosts/node/internals.ts'
import { ErrorCtor, ObjectDefineProperty, ReflectApply, StringCtor, isCallable, isObject, ReflectGet } from '../../primordials.ts'
import type { LocalRequest, LocalResponse } from '../../world/network.ts'
import type { BufferKit } from '../buffer.ts'
import { decodeBytes, encodeString } from '../encoding.ts'
import { nodeError, outOfRange } from '../errors.ts'
import { withLeading, type EmitterConstructor } from '../events.ts'
import { LOCAL_LATENCY_US, type LocalServerRegistry } from './localServers.ts'
import type { createMessages } from './messages.ts'

type Emitter = {
  emit: (type: string, ...args: unknown[]) => boolean
  on(type: string, listener: (...args: unknown[]) => unknown): unknown
  once(type: string, listener: (...args: unknown[]) => unknown): unknown
}

export interface ServerServices {
  EventEmitter: EmitterConstructor
  node: NodeHostInternals
  registry: LocalServerRegistry
  buffer: BufferKit
  messages: ReturnType<typeof createMessages>
}

export function createHttpServer(services: ServerServices) {
  const Base = services.EventEmitter as unknown as new () => Emitter
  const { node, registry, messages } = services
  const emit = (target: Emitter, type: string, ...args: unknown[]) => ReflectApply(target.emit, target, withLeading([type], args))
  const later = (callback: () => void) => node.nextTick(callback, [])

  class Server extends Base {
    listening = false
    #port = 0
    #handle: { close(): void } | undefined

    constructor(options?: unknown, requestListener?: unknown) {
      super()
      if (isCallable(options)) requestListener = options
      if (isCallable(requestListener)) this.on('request', requestListener)
    }

    listen(...args: unknown[]): this {
      let port: unknown = args[0]
      let callback: unknown = args[args.length - 1]
      if (isObject(port) && !isCallable(port)) port = ReflectGet(port, 'port')
      if (isCallable(port)) {
        callback = port
        port = 0
      }
      if (!isCallable(callback)) callback = undefined
      const number = port === undefined || port === null ? 0 : +(port as number)
      if (!(number >= 0 && number < 65536) || number % 1 !== 0) {
        throw outOfRange('options.port', '>= 0 and < 65536', StringCtor(port))
      }
      if (callback) this.once('listening', callback as () => void)
      if (number !== 0 && registry.isTaken(number)) {
        const error = new ErrorCtor(`listen EADDRINUSE: address already in use :::${number}`)
        const fields: [string, unknown][] = [
          ['code', 'EADDRINUSE'],
          ['errno', -98],
          ['syscall', 'listen'],
          ['address', '::'],
          ['port', number],
        ]
        for (let i = 0; i < fields.length; i++) {
          ObjectDefineProperty(error, fields[i]![0], { value: fields[i]![1], writable: true, enumerable: true, configurable: true })
        }
        later(() => emit(this, 'error', error))
        return this
      }
      const chosen = number === 0 ? registry.ephemeral() : number
      this.#port = chosen
      registry.add(chosen, {
        label: `:${chosen}`,
        latencyUs: LOCAL_LATENCY_US,
        deliver: (request, respond) => this.#deliver(request, respond),
      })
      this.#handle = node.openHandle(`A server is still listening on port ${chosen} (call server.close() when it is done)`)
      this.listening = true
      later(() => emit(this, 'listening'))
      return this
    }

    address(): { address: string; family: string; port: number } | null {
      return this.listening ? { address: '::', family: 'IPv6', port: this.#port } : null
    }

    close(callback?: unknown): this {
      if (!this.listening) {
        const error = nodeError(ErrorCtor, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.')
        if (isCallable(callback)) later(() => ReflectApply(callback, undefined, [error]))
        return this
      }
      this.listening = false
      registry.remove(this.#port)
      this.#handle?.close()
      if (isCallable(callback)) this.once('close', callback)
      later(() => emit(this, 'close'))
      return this
    }

    closeAllConnections(): void {}
    closeIdleConnections(): void {}

    ref(): this {
      return this
    }

    unref(): this {
      this.#handle?.close()
      return this
    }

    #deliver(request: LocalRequest, respond: (response: LocalResponse) => void): void {
      const req = new messages.IncomingMessage(request.headers, encodeString(request.body, 'utf8'))
      req.method = request.method
      req.url = request.url
      const res = new messages.ServerResponse((finished) => {
        respond({
          status: finished.status,
          statusMessage: finished.statusMessage,
          headers: finished.headers,
          body: decodeBytes(finished.body, 'utf8'),
        })
      })
      emit(this, 'request', req, res)
    }
  }

  return { Server, createServer: (options?: unknown, listener?: unknown) => new Server(options, listener) }
}
