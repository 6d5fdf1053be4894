/**
 * `node:os` for the machine a Looplab program pretends to run on: a Linux
 * box with 4 cores (the size of libuv's thread pool), fixed names and sizes,
 * and an uptime that follows the virtual clock. Fixed, so runs are
 * deterministic.
 */
export const MODELLED_CPUS = 4

export function createOs(nowMs: () => number): Record<string, unknown> {
  const cpu = () => ({ model: 'Looplab virtual CPU', speed: 2400, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } })
  return {
    EOL: '\n',
    arch: () => 'x64',
    availableParallelism: () => MODELLED_CPUS,
    cpus: () => {
      const list: ReturnType<typeof cpu>[] = []
      for (let i = 0; i < MODELLED_CPUS; i++) list[i] = cpu()
      return list
    },
    freemem: () => 4 * 1024 ** 3,
    homedir: () => '/home/learner',
    hostname: () => 'looplab',
    platform: () => 'linux',
    release: () => '6.1.0-looplab',
    tmpdir: () => '/tmp',
    totalmem: () => 8 * 1024 ** 3,
    type: () => 'Linux',
    uptime: () => 3600 + nowMs() / 1000,
  }
}
