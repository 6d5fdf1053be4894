import { describe, expect, test } from 'vitest'
import { runInNode } from '../../../app/cli/nodeRunner.ts'

/** Prints each frame as "<timestamp in frames> @ <time it ran, in ms>". */
const framesOf = (source: string) =>
  runInNode(source, { host: 'browser' })
    .stdout.trim()
    .split('\n')
    .filter((line) => line.startsWith('frame'))

const LOOP = `
let frames = 0
function frame(ts: number) {
  console.log('frame', Math.round(ts / (1000 / 60)), '@', Math.round(performance.now()))
  if (++frames < FRAMES) requestAnimationFrame(frame)
}
`

describe('the browser profile renders at 60 Hz, as Chromium does', () => {
  test('a frame a little late (3 ms tasks at each vsync) does not skip the next vsync', () => {
    const frames = framesOf(`const FRAMES = 6\n${LOOP}
requestAnimationFrame(frame)
const { port1, port2 } = new MessageChannel()
let chunk = 0
port1.onmessage = () => { world.cpu(3); if (++chunk < 30) port2.postMessage(null) }
port2.postMessage(null)`)
    expect(frames.map((f) => Number(f.split(' ')[1]))).toEqual([1, 2, 3, 4, 5, 6])
  })

  test('a frame held up by a long task keeps its vsync’s timestamp, and the next one comes at the next vsync', () => {
    const frames = framesOf(`const FRAMES = 4\n${LOOP}
requestAnimationFrame(frame)
setTimeout(() => world.cpu(70), 20)`)
    expect(frames).toEqual(['frame 1 @ 17', 'frame 2 @ 90', 'frame 6 @ 100', 'frame 7 @ 117'])
  })

  test('a frame requested after an idle spell comes at the next vsync, with that vsync’s timestamp', () => {
    const frames = framesOf(`const FRAMES = 2\n${LOOP}
setTimeout(() => requestAnimationFrame(frame), 510)`)
    expect(frames).toEqual(['frame 31 @ 517', 'frame 32 @ 533'])
  })
})
