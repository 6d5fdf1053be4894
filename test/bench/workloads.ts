/**
 * Benchmark workloads: each program measures its own workload with
 * performance.now() and prints `elapsed <ms>`, so the same source gives the
 * native time (run by node) and the engine's time (run on the model, where
 * we measure real time around the whole run instead).
 */
export interface Workload {
  name: string
  source: string
}

const timed = (body: string) => `const t0 = performance.now()\n${body}\nconsole.log('elapsed', performance.now() - t0)\n`

export const WORKLOADS: Workload[] = [
  {
    name: '2 million awaits across 4 coroutines',
    source: timed(
      `async function worker(n: number) {\n  for (let i = 0; i < n; i++) await null\n}\nawait Promise.all([worker(500_000), worker(500_000), worker(500_000), worker(500_000)])`,
    ),
  },
  {
    name: '200 000 timers',
    source: timed(
      `let fired = 0\nawait new Promise<void>((resolve) => {\n  for (let i = 0; i < 200_000; i++) setTimeout(() => { if (++fired === 200_000) resolve() }, i % 1000)\n})`,
    ),
  },
  {
    name: 'a then-chain 200 000 deep',
    source: timed(`let p: Promise<number> = Promise.resolve(0)\nfor (let i = 0; i < 200_000; i++) p = p.then((v) => v + 1)\nawait p`),
  },
]
