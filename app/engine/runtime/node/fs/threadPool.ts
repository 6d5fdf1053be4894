/**
 * libuv's thread pool, modelled: 4 threads (UV_THREADPOOL_SIZE's default)
 * run file-system work for node:fs's callback and promise APIs. A job
 * waits (traced as ThreadPoolWait I/O) until a thread is free, then takes
 * its duration on that thread (File I/O); its completion callback runs as
 * an I/O task in the poll phase, as Node runs it. So five parallel reads
 * show the fifth waiting for the first four.
 */
import { EventKind, IoKind } from '../../../trace/events.ts'
import type { EventSeq, RequestId } from '../../../trace/ids.ts'
import type { Agent } from '../../agent.ts'
import type { IoQueue } from '../../hosts/ioQueue.ts'

export const THREAD_POOL_SIZE = 4

interface Job {
  label: string
  /** Its time on the thread (µs), known once the work ran (a read's size). */
  duration: () => number
  /** Runs on the thread (its result is computed when the job starts). */
  work: () => void
  /** Runs in the completion task, on the main thread. */
  complete: () => void
  waitId: RequestId | 0
  waitSeq: EventSeq
}

export class ThreadPool {
  private busy = 0
  private readonly queue: Job[] = []
  private head = 0

  constructor(
    private readonly agent: Agent,
    private readonly io: IoQueue,
    readonly size = THREAD_POOL_SIZE,
  ) {}

  /** Queues work; it keeps a thread busy for `duration()` µs, then `complete` runs as an I/O task. */
  submit(label: string, work: () => void, complete: () => void, duration: () => number): void {
    const job: Job = { label, duration, work, complete, waitId: 0, waitSeq: -1 as EventSeq }
    if (this.busy < this.size) {
      this.start(job)
      return
    }
    job.waitId = this.agent.newId('request') as RequestId
    job.waitSeq = this.agent.emit(
      EventKind.IoStart,
      -1,
      job.waitId,
      IoKind.ThreadPoolWait,
      this.agent.recorder.intern(`${label} (waiting: ${this.size} threads busy)`),
    )
    this.queue[this.queue.length] = job
  }

  private start(job: Job): void {
    this.busy++
    if (job.waitId !== 0) this.agent.emit(EventKind.IoComplete, job.waitSeq, job.waitId, 0)
    job.work()
    this.io.start(job.duration(), IoKind.File, job.label, () => {
      this.busy--
      this.startNext()
      job.complete()
    })
  }

  private startNext(): void {
    if (this.head >= this.queue.length) return
    const job = this.queue[this.head]!
    this.queue[this.head++] = undefined as unknown as Job
    if (this.head === this.queue.length) {
      this.queue.length = 0
      this.head = 0
    }
    this.start(job)
  }
}
