/**
 * The ports a program's servers listen on (node:http), as the simulated
 * world sees them: `fetch('http://localhost:3000/…')`, `http.get` and
 * `world.clients(…)` find the server here. Listening on a port that is
 * taken fails with EADDRINUSE; port 0 picks a free one.
 */
import {
  MapPrototypeDelete,
  MapPrototypeGet,
  MapPrototypeHas,
  MapPrototypeSet,
  NativeMap,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} from '../../primordials.ts'
import type { ParsedUrl } from '../../world/url.ts'
import type { LocalServer, LocalServers } from '../../world/network.ts'

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '0.0.0.0', '[::1]', '[::]']

/** One-way time between a client and a local server (µs). */
export const LOCAL_LATENCY_US = 1000

export class LocalServerRegistry implements LocalServers {
  private readonly byPort = new NativeMap<number, LocalServer>()
  private nextEphemeral = 40_000

  find(url: ParsedUrl): LocalServer | undefined {
    const colon = StringPrototypeIndexOf(
      url.host,
      ':',
      StringPrototypeStartsWith(url.host, '[') ? StringPrototypeIndexOf(url.host, ']') : 0,
    )
    const host = colon === -1 ? url.host : StringPrototypeSlice(url.host, 0, colon)
    let local = false
    for (let i = 0; i < LOCAL_HOSTS.length; i++) if (LOCAL_HOSTS[i] === host) local = true
    if (!local) return undefined
    const port = colon === -1 ? (StringPrototypeSlice(url.href, 0, 6) === 'https:' ? 443 : 80) : +StringPrototypeSlice(url.host, colon + 1)
    return MapPrototypeGet(this.byPort, port)
  }

  isTaken(port: number): boolean {
    return MapPrototypeHas(this.byPort, port)
  }

  /** A free port for `listen(0)`: deterministic, so runs are the same. */
  ephemeral(): number {
    while (MapPrototypeHas(this.byPort, this.nextEphemeral)) this.nextEphemeral++
    return this.nextEphemeral++
  }

  add(port: number, server: LocalServer): void {
    MapPrototypeSet(this.byPort, port, server)
  }

  remove(port: number): void {
    MapPrototypeDelete(this.byPort, port)
  }
}
