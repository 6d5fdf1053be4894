import { describe, expect, it } from 'vitest'
import { TraceColumns } from '../../../app/engine/trace/columns.ts'
import { EventKind } from '../../../app/engine/trace/events.ts'
import { TraceRecorder } from '../../../app/engine/trace/recorder.ts'

describe('decoding a trace into columns', () => {
  it('keeps every field of every event across the doublings that copy columns ahead, whatever the batch size', () => {
    for (const batchSize of [777, 5000, 40_000]) {
      const clock = { now: 0 }
      const recorder = new TraceRecorder(clock)
      const columns = new TraceColumns()
      const total = 300_000
      for (let i = 0; i < total; i++) {
        clock.now += i % 3
        recorder.emit(EventKind.TaskStart, i % 7, i > 0 ? i - 1 : -1, i, -i, i * 3)
        if (recorder.pendingEvents >= batchSize) columns.append(recorder.takeBatch()!)
      }
      const last = recorder.takeBatch()
      if (last) columns.append(last)
      expect(columns.count).toBe(total)
      let time = 0
      const wrong: number[] = []
      for (let i = 0; i < total && wrong.length < 5; i++) {
        time += i % 3
        const ok =
          columns.kind[i] === EventKind.TaskStart &&
          columns.time[i] === time &&
          columns.loc[i] === i % 7 &&
          columns.cause[i] === (i > 0 ? i - 1 : -1) &&
          columns.a[i] === i &&
          columns.b[i] === -i &&
          columns.c[i] === i * 3
        if (!ok) wrong.push(i)
      }
      expect(wrong, `batches of ${batchSize}`).toEqual([])
    }
  })
})
