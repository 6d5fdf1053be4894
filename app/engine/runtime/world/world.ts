import type { Host, HostServices } from '../hosts/host.ts'

/** The simulated outside world a program can wait on (filled in by world modules). */
export interface WorldConfig {
  [key: string]: unknown
}

/** Installs the simulated world's globals (fetch, AbortController, EventTarget…). */
export function installWorld(globals: Record<string, unknown>, services: HostServices, host: Host, config: WorldConfig): void {
  void globals
  void services
  void host
  void config
}
