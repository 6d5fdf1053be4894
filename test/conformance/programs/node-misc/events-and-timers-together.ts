// A job queue: an EventEmitter drives work that waits with timers/promises.
import { EventEmitter, once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'

class Queue extends EventEmitter {
  private jobs: { name: string; ms: number }[] = []
  private running = false
  add(name: string, ms: number) {
    this.jobs.push({ name, ms })
    this.emit('added', name)
    if (!this.running) void this.run()
  }
  private async run() {
    this.running = true
    while (this.jobs.length > 0) {
      const job = this.jobs.shift()!
      this.emit('start', job.name)
      await sleep(job.ms)
      this.emit('done', job.name)
    }
    this.running = false
    this.emit('drain')
  }
}
const q = new Queue()
for (const event of ['added', 'start', 'done']) q.on(event, (name: string) => console.log(event, name))
q.add('resize', 30)
q.add('upload', 10)
await once(q, 'drain')
console.log('all jobs done')
