import { describe, expect, test } from 'vitest'
import { activityRange, followRange, panRange, SpanKind, wholeRange, zoomRange } from '../../app/model/timeline.ts'
import { timeTickFormat } from '../../app/model/labels.ts'
import { sessionOf } from './sessionOf.ts'

describe('fitting the timeline', () => {
  test('a 1 ms timer after a few microseconds of work opens on the work, not on the whole millisecond', () => {
    const session = sessionOf(`console.log('a')\nPromise.resolve().then(() => console.log('b'))\nsetTimeout(() => console.log('c'), 1)\n`)
    const layout = session.timeline
    const whole = wholeRange(layout)
    const fit = activityRange(layout)
    expect(whole.end).toBeGreaterThan(1000)
    expect(fit.start).toBe(0)
    expect(fit.end).toBeLessThan(100)
  })

  test('a run without long waits fits whole, and among bursts the busiest wins', () => {
    const busy = sessionOf(`let n = 0\nfor (let k = 0; k < 300; k++) n += k\nPromise.resolve().then(() => console.log(n))\n`)
    expect(activityRange(busy.timeline)).toEqual(wholeRange(busy.timeline))
    const late = sessionOf(`setTimeout(() => { for (let i = 0; i < 6; i++) Promise.resolve(i).then(() => {}) }, 5)\n`)
    expect(activityRange(late.timeline).start).toBeGreaterThan(4000)
  })

  test('zooming keeps the point under the pointer and stays within the run; panning stops at its ends', () => {
    const whole = { start: 0, end: 1000 }
    expect(zoomRange(whole, 2, 500, whole)).toEqual({ start: 250, end: 750 })
    expect(zoomRange({ start: 0, end: 100 }, 0.01, 50, whole)).toEqual(whole)
    expect(panRange({ start: 900, end: 1000 }, 0.5, whole)).toEqual({ start: 900, end: 1000 })
    expect(panRange({ start: 100, end: 200 }, -0.5, whole)).toEqual({ start: 50, end: 150 })
  })

  test('the current step stays on screen: a range that does not show it moves to show it', () => {
    const whole = { start: 0, end: 1000 }
    expect(followRange({ start: 0, end: 30 }, 10, whole)).toEqual({ start: 0, end: 30 })
    expect(followRange({ start: 0, end: 30 }, 1000, whole)).toEqual({ start: 970, end: 1000 })
  })

  test('a posted message is a hand-off that ends when its task starts, and every host row has a name', () => {
    const session = sessionOf(
      `const { port1, port2 } = new MessageChannel()\nport2.onmessage = (e) => console.log(e.data)\nport1.postMessage(1)\nsetTimeout(() => port1.postMessage(2), 50)\nsetTimeout(() => {}, 60)\n`,
      'browser',
    )
    const layout = session.timeline
    const messages = [...Array(layout.count).keys()].filter((k) => layout.kind[k] === SpanKind.Message)
    expect(messages).toHaveLength(2)
    for (const k of messages) expect(layout.end[k]! - layout.start[k]!).toBeLessThan(10)
    expect(layout.hostLanes.every((lane) => lane.title.length > 0)).toBe(true)
  })
})

describe('the timeline axis labels', () => {
  test('read in microseconds with no decimals when the ticks are whole microseconds apart', () => {
    const format = timeTickFormat([0, 2, 4, 6])
    expect([0, 2, 4, 6].map(format)).toEqual(['0 µs', '2 µs', '4 µs', '6 µs'])
  })

  test('never read alike when a few microseconds apart around five milliseconds', () => {
    const ticks = [4985, 4990, 4995, 5000, 5005, 5010]
    const labels = ticks.map(timeTickFormat(ticks))
    expect(new Set(labels).size).toBe(ticks.length)
    expect(labels[0]).toBe('4.985 ms')
    expect(labels[3]).toBe('5.000 ms')
  })

  test('use seconds with the decimals their spacing needs once the run passes a second', () => {
    const ticks = [0, 500_000, 1_000_000, 1_500_000]
    expect(ticks.map(timeTickFormat(ticks))).toEqual(['0.0 s', '0.5 s', '1.0 s', '1.5 s'])
  })
})
