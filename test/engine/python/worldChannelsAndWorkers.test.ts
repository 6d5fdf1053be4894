import { beforeAll, describe, expect, test } from 'vitest'
import { runInNode } from '../../../app/cli/nodeRunner.ts'
import { pythonInterpreter } from '../../../app/cli/pythonNodeRunner.ts'
import { EventKind, IoKind } from '../../../app/engine/trace/events.ts'
import { hostHandles, ioRecords, lines, runPython, waits } from './helpers.ts'

beforeAll(async () => {
  await pythonInterpreter()
}, 120_000)

const us = (ms: number) => Math.round(ms * 1000)

describe('the Python world: channels', () => {
  test('messages arrive in order after the channel latency, and async for ends once the channel is closed and drained, as in the TypeScript world', async () => {
    const python = await runPython(`
      import asyncio, time
      from looplab import world

      chat = world.channel(latency_ms=30, name='chat')

      async def producer():
          for i in range(4):
              await chat.send(f'message {i}')
              await asyncio.sleep(0.01)
          chat.close()

      async def consumer():
          async for message in chat:
              print(message, round(time.monotonic() * 1000))
          print('drained', chat.closed, chat.size)

      async def main():
          await asyncio.gather(producer(), consumer())

      asyncio.run(main())
    `)
    const typescript = runInNode(
      `
      const chat = world.channel({ latencyMs: 30, name: 'chat' })
      const producer = async () => {
        for (let i = 0; i < 4; i++) {
          chat.send('message ' + i)
          await world.sleep(10)
        }
        chat.close()
      }
      const consumer = async () => {
        for await (const message of chat) console.log(message, Math.round(performance.now()))
        console.log('drained', chat.closed, chat.size)
      }
      await Promise.all([producer(), consumer()])
    `,
      { host: 'node' },
    )
    // asyncio wakes for a timer the way CPython's epoll wait does, rounded up to a whole millisecond,
    // so each sleep of the producer can end up to 1 ms later than Node's timer: arrival times agree within that.
    const arrivals = (text: string[]) => text.slice(0, 4).map((line) => Number(line.split(' ').at(-1)))
    expect(lines(python).map((line, i) => (i < 4 ? line.replace(/ \d+$/, '') : line))).toEqual([
      'message 0',
      'message 1',
      'message 2',
      'message 3',
      'drained True 0',
    ])
    const node = arrivals(typescript.stdout.trim().split('\n'))
    expect(node).toEqual([30, 40, 50, 60])
    arrivals(lines(python)).forEach((ms, i) => expect(ms - node[i]!).toBeGreaterThanOrEqual(0))
    arrivals(lines(python)).forEach((ms, i) => expect(ms - node[i]!).toBeLessThanOrEqual(i))
    const messages = ioRecords(python.trace).filter((r) => r.kind === IoKind.ChannelMessage)
    expect(messages.map((r) => [r.label, us(r.end! - r.start)])).toEqual([
      ["channel chat: 'message 0'", 30_000],
      ["channel chat: 'message 1'", 30_000],
      ["channel chat: 'message 2'", 30_000],
      ["channel chat: 'message 3'", 30_000],
    ])
    expect(waits(python.trace)).toContain('channel chat: the next message')
    expect(hostHandles(python.trace)).toContain("channel chat: 'message 0': the message arrives")
  })

  test('a message is a copy, a recipient shows in its label, a timed-out receive leaves the message for the next one, and a closed channel says so', async () => {
    const result = await runPython(`
      import asyncio
      from looplab import world

      async def main():
          inbox = world.channel(latency_ms=20)
          note = {'to': 'bob', 'text': 'hi'}
          inbox.send_nowait(note)
          note['text'] = 'changed'
          try:
              await asyncio.wait_for(inbox.receive(), 0.01)
          except TimeoutError:
              print('nothing yet')
          print(await inbox.receive())
          inbox.close()
          for attempt in (inbox.receive(), inbox.send('late')):
              try:
                  await attempt
              except world.ChannelClosed as error:
                  print(error)

      asyncio.run(main())
    `)
    expect(lines(result)).toEqual([
      'nothing yet',
      "{'to': 'bob', 'text': 'hi'}",
      'Channel #1 is closed: no message will come.',
      'Channel #1 is closed: it cannot send any more.',
    ])
    expect(ioRecords(result.trace).map((r) => r.label)).toEqual(['channel #1 → bob'])
  })
})

describe('the Python world: workers, cpu and sleep', () => {
  test("two workers run in parallel: two 100 ms jobs finish at 100 ms, while one worker's jobs queue up", async () => {
    const result = await runPython(`
      import asyncio, time
      from looplab import world

      def crunch(n):
          world.cpu(100)
          return n * n

      async def main():
          a = world.create_worker(crunch)
          b = world.create_worker(crunch, name='second')
          start = time.monotonic()
          print(await asyncio.gather(a.run(2), b.run(3)), round((time.monotonic() - start) * 1000))
          start = time.monotonic()
          print(await asyncio.gather(a.run(4), a.run(5)), round((time.monotonic() - start) * 1000), a.busy_until() <= time.monotonic() * 1000)

      asyncio.run(main())
    `)
    expect(result.stderr).toBe('')
    expect(lines(result)).toEqual(['[4, 9] 100', '[16, 25] 200 True'])
    const jobs = ioRecords(result.trace).filter((r) => r.kind === IoKind.WorkerMessage)
    expect(jobs.map((r) => [r.label, Math.round(r.end! - r.start)])).toEqual([
      ['worker crunch #1', 100],
      ['worker second #1', 100],
      ['worker crunch #2', 100],
      ['worker crunch #3', 200],
    ])
    expect(waits(result.trace).some((w) => w.startsWith('gather()'))).toBe(true)
    const blocks = [...Array(result.trace.count).keys()].filter((i) => result.trace.kind[i] === EventKind.Block)
    expect(blocks).toEqual([])
  })

  test('a job that raises makes run() raise, what a job prints appears when it printed, and a job cannot start I/O', async () => {
    const result = await runPython(`
      import asyncio, time
      from looplab import world

      def careful(n):
          if n < 0:
              raise ValueError(f'negative: {n}')
          world.cpu(40)
          print('job printed at', round(time.monotonic() * 1000))
          world.cpu(10)
          return n

      def chatty(n):
          world.channel().send_nowait(n)

      async def main():
          worker = world.create_worker(careful)
          try:
              await worker.run(-1)
          except ValueError as error:
              print('raised', error)
          print(await worker.run(7), round(time.monotonic() * 1000))
          try:
              await world.create_worker(chatty).run(1)
          except RuntimeError as error:
              print(str(error).split(':')[0])
          try:
              async def not_cpu(n):
                  return n
              world.create_worker(not_cpu)
          except TypeError as error:
              print(error)

      asyncio.run(main())
    `)
    expect(lines(result)).toEqual([
      'raised negative: -1',
      'job printed at 40',
      '7 50',
      'channel.send is not available inside a worker job or an executor function',
      'world.create_worker: the worker function must be a plain def (synchronous CPU work), not async def.',
    ])
    const failed = ioRecords(result.trace).filter((r) => r.kind === IoKind.WorkerMessage && r.failed)
    expect(failed.map((r) => r.label)).toEqual(['worker careful #1', 'worker chatty #1'])
  })

  test('world.cpu blocks the loop: a timer due meanwhile fires late, and the trace has a Block of that length; world.sleep waits in virtual time', async () => {
    const result = await runPython(`
      import asyncio, time
      from looplab import world

      async def tick():
          await asyncio.sleep(0.01)
          print('tick at', round(time.monotonic() * 1000))

      async def main():
          task = asyncio.create_task(tick())
          await asyncio.sleep(0)
          world.cpu(50)
          print('cpu done at', round(time.monotonic() * 1000))
          await task
          await world.sleep(25)
          print('slept until', round(time.monotonic() * 1000))

      asyncio.run(main())
    `)
    expect(lines(result)).toEqual(['cpu done at 50', 'tick at 50', 'slept until 75'])
    const trace = result.trace
    const blocks = [...Array(trace.count).keys()].filter((i) => trace.kind[i] === EventKind.Block).map((i) => trace.a[i])
    expect(blocks).toEqual([50_000])
  })
})
