/**
 * `world.clients(url, load)`: simulated clients sending requests to a server
 * of the program's (node:http) over time — the http counterpart of
 * `world.createServer(…).simulateLoad`. Each client has one request on the
 * wire at a time; `done()` resolves with the same latency statistics
 * (p50, p95…), a response with status ≥ 500 counting as failed.
 */
import { IoKind } from '../../../trace/events.ts'
import type { Agent } from '../../agent.ts'
import type { IoQueue } from '../../hosts/ioQueue.ts'
import { ArrayIsArray, ArrayPrototypePush, MathMax, MathRound, StringCtor, TypeErrorCtor } from '../../primordials.ts'
import type { PromiseRealm } from '../../promise/realm.ts'
import type { Capability } from '../../promise/slots.ts'
import { computeStats, type Timing } from '../../world/stats.ts'
import { parseUrl } from '../../world/url.ts'
import { optionalMs, optionsObject, requiredCount } from '../../world/validate.ts'
import { PromiseOrigin } from '../../../trace/events.ts'
import type { LocalServerRegistry } from './localServers.ts'

interface Request extends Timing {
  readonly id: number
  readonly clientId: number
  readonly path: string
}

export function createWorldClients(agent: Agent, io: IoQueue, realm: PromiseRealm, registry: LocalServerRegistry) {
  return function clients(url: unknown, load: unknown): { done(): object; stats(): object } {
    const where = 'world.clients'
    const target = typeof url === 'string' ? parseUrl(url) : undefined
    if (!target || target.relative) {
      throw new TypeErrorCtor(
        `${where}: give the server's address, e.g. world.clients('http://localhost:3000', { clients: 4, requestsPerClient: 5, intervalMs: 100 }).`,
      )
    }
    const server = registry.find(target)
    if (!server) {
      throw new TypeErrorCtor(
        `${where}: no server is listening at ${target.href} yet — call server.listen(port) first (and start the clients in its callback).`,
      )
    }
    const o = optionsObject(where, load)
    const count = requiredCount(where, 'clients', o.clients, 1)
    const perClient = requiredCount(where, 'requestsPerClient', o.requestsPerClient, 1)
    const intervalMs = optionalMs(where, 'intervalMs', o.intervalMs)
    if (intervalMs === undefined) throw new TypeErrorCtor(`${where}: "intervalMs" is required.`)
    const startMs = optionalMs(where, 'startMs', o.startMs) ?? 0
    const paths: string[] = []
    if (o.paths === undefined) ArrayPrototypePush(paths, `${target.pathname}${target.search}`)
    else if (ArrayIsArray(o.paths) && o.paths.length > 0)
      for (let i = 0; i < o.paths.length; i++) ArrayPrototypePush(paths, StringCtor(o.paths[i]))
    else throw new TypeErrorCtor(`${where}: "paths" must be a non-empty array of paths.`)
    const method = o.method === undefined ? 'GET' : StringCtor(o.method)
    const records: Request[] = []
    let answered = 0
    let inFlight = 0
    let maxInFlight = 0
    const waiters: Capability[] = []
    const base = agent.clock.now + MathRound(startMs * 1000)
    for (let k = 0; k < perClient; k++) {
      for (let c = 1; c <= count; c++) {
        const index = records.length
        ArrayPrototypePush(records, {
          id: index + 1,
          clientId: c,
          path: paths[index % paths.length]!,
          sentAt: base + MathRound((k * intervalMs + ((c - 1) * intervalMs) / count) * 1000),
          answeredAt: -1,
          failed: false,
        })
      }
    }
    const stats = () => computeStats(records, maxInFlight)
    const send = (index: number) => {
      const record = records[index]!
      const delay = MathMax(0, record.sentAt + server.latencyUs - agent.clock.now)
      io.start(delay, IoKind.ServerRequest, `client ${record.clientId} ${method} ${record.path} → ${server.label}`, () => {
        inFlight++
        if (inFlight > maxInFlight) maxInFlight = inFlight
        server.deliver({ method, url: record.path, headers: { host: target.host, connection: 'keep-alive' }, body: '' }, (response) => {
          inFlight--
          record.failed = response.status >= 500
          const op = io.start(
            server.latencyUs,
            IoKind.ServerRequest,
            `${response.status} ${record.path} → client ${record.clientId}`,
            () => {
              record.answeredAt = agent.clock.now
              answered++
              if (index + count < records.length) send(index + count)
              if (answered === records.length) for (let i = 0; i < waiters.length; i++) realm.resolve(waiters[i]!, stats())
            },
          )
          op.failed = record.failed
        })
      })
    }
    for (let c = 0; c < count && c < records.length; c++) send(c)
    return {
      done(): object {
        const capability = realm.newCapability(PromiseOrigin.Host)
        if (answered === records.length) realm.resolve(capability, stats())
        else ArrayPrototypePush(waiters, capability)
        return capability.promise
      },
      stats,
    }
  }
}
