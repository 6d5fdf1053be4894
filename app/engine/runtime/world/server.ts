import { IoKind } from '../../trace/events.ts'
import { ArrayIsArray, ArrayPrototypePush, MathMax, MathRound, StringCtor, TypeErrorCtor } from '../primordials.ts'
import type { Capability } from '../promise/slots.ts'
import type { WorldContext } from './context.ts'
import { computeStats, type ServerStats, type Timing } from './stats.ts'
import { optionalMs, optionalString, optionsObject, requiredCount, requiredFunction } from './validate.ts'

/** What a simulated server's handler receives for each client request. */
export interface ServerRequest {
  /** 1, 2, 3… in the order the requests were sent. */
  id: number
  path: string
  method: string
  /** 1…clients. */
  clientId: number
  /** Virtual time (ms since the run began) at which the client sent it. */
  sentAt: number
}

/** The load `server.simulateLoad` generates. */
export interface LoadOptions {
  clients: number
  requestsPerClient: number
  /** Time between two requests of one client; the clients are spread evenly within it. */
  intervalMs: number
  /** Delay before the first request (default 0). */
  startMs?: number
  /** Paths requested in turn (default `['/']`). */
  paths?: string[]
  /** One-way network time, client to server and back again (default 0). */
  networkLatencyMs?: number
}

/** One simulated request's life. */
interface RequestRecord extends Timing {
  readonly id: number
  readonly clientId: number
  readonly path: string
}

/**
 * `world.createServer(handler)`: a server receiving simulated clients. Each
 * request arrives as an I/O task that calls the handler; its response is
 * ready when the handler's value (or promise) settles, then travels back to
 * the client as another I/O operation. A handler that throws or rejects
 * answers 500: the request counts as failed and the program goes on.
 */
export function createServerFactory(ctx: WorldContext) {
  const { agent, io, realm } = ctx
  let servers = 0

  return function createServer(handler: unknown, options?: unknown) {
    const where = 'world.createServer'
    const handle = requiredFunction(where, 'the handler', handler)
    const name = optionalString(where, 'name', optionsObject(where, options).name) ?? (++servers === 1 ? 'server' : `server${servers}`)
    const records: RequestRecord[] = []
    let answered = 0
    let concurrent = 0
    let maxConcurrent = 0
    let waiters: Capability[] = []

    function stats(): ServerStats {
      return computeStats(records, maxConcurrent)
    }

    function simulateLoad(load: unknown): void {
      const w = 'server.simulateLoad'
      ctx.mainThreadOnly(w)
      const o = optionsObject(w, load)
      const clients = requiredCount(w, 'clients', o.clients, 1)
      const perClient = requiredCount(w, 'requestsPerClient', o.requestsPerClient, 1)
      const intervalMs = optionalMs(w, 'intervalMs', o.intervalMs)
      if (intervalMs === undefined) throw new TypeErrorCtor(`${w}: "intervalMs" is required.`)
      const startMs = optionalMs(w, 'startMs', o.startMs) ?? 0
      const latencyUs = MathRound((optionalMs(w, 'networkLatencyMs', o.networkLatencyMs) ?? 0) * 1000)
      const paths = pathsOf(w, o.paths)
      const base = agent.clock.now + MathRound(startMs * 1000)
      const firstIndex = records.length
      // Request k of client c is sent at base + k·interval + (c−1)·interval/clients: ids follow sending order.
      for (let k = 0; k < perClient; k++) {
        for (let c = 1; c <= clients; c++) {
          const index = records.length
          const sentAt = base + MathRound((k * intervalMs + ((c - 1) * intervalMs) / clients) * 1000)
          const path = paths[(index - firstIndex) % paths.length]!
          ArrayPrototypePush(records, { id: index + 1, clientId: c, path, sentAt, answeredAt: -1, failed: false })
        }
      }
      // Each client has one request on the wire at a time: the next one is sent off when the previous arrives.
      for (let c = 0; c < clients; c++) send(firstIndex + c, clients, firstIndex + clients * perClient, latencyUs)
    }

    function send(index: number, stride: number, end: number, latencyUs: number): void {
      const record = records[index]!
      const delay = MathMax(0, record.sentAt + latencyUs - agent.clock.now)
      io.start(delay, IoKind.ServerRequest, `${name} ${record.path} #${record.id} (client ${record.clientId})`, () => {
        if (index + stride < end) send(index + stride, stride, end, latencyUs)
        arrive(record, latencyUs)
      })
    }

    function arrive(record: RequestRecord, latencyUs: number): void {
      concurrent++
      if (concurrent > maxConcurrent) maxConcurrent = concurrent
      const request: ServerRequest = {
        id: record.id,
        path: record.path,
        method: 'GET',
        clientId: record.clientId,
        sentAt: record.sentAt / 1000,
      }
      let result: unknown
      try {
        result = handle(request)
      } catch (error) {
        agent.rethrowIfStopping(error)
        respond(record, true, latencyUs)
        return
      }
      ctx.follow(
        result,
        () => respond(record, false, latencyUs),
        () => respond(record, true, latencyUs),
      )
    }

    function respond(record: RequestRecord, failed: boolean, latencyUs: number): void {
      concurrent--
      record.failed = failed
      const label = `${name} ${failed ? '500' : '200'} ${record.path} #${record.id} → client ${record.clientId}`
      const op = io.start(latencyUs, IoKind.ServerRequest, label, () => {
        record.answeredAt = agent.clock.now
        answered++
        if (answered === records.length) settle()
      })
      op.failed = failed
    }

    function settle(): void {
      const list = waiters
      waiters = []
      for (let i = 0; i < list.length; i++) realm.resolve(list[i]!, stats())
    }

    return {
      name,
      simulateLoad,
      done(): object {
        const capability = ctx.newPromise()
        if (answered === records.length) realm.resolve(capability, stats())
        else ArrayPrototypePush(waiters, capability)
        return capability.promise
      },
      stats,
    }
  }
}

function pathsOf(where: string, value: unknown): string[] {
  if (value === undefined) return ['/']
  if (!ArrayIsArray(value) || value.length === 0) throw new TypeErrorCtor(`${where}: "paths" must be a non-empty array of strings.`)
  const paths: string[] = []
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') throw new TypeErrorCtor(`${where}: "paths" must hold strings, got ${StringCtor(value[i])}.`)
    paths[i] = value[i] as string
  }
  return paths
}
