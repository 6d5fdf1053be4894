import { describe, expect, test } from 'vitest'
import { IoKind } from '../../../app/engine/trace/events.ts'
import { ioRecords, lines, run } from './helpers.ts'

describe.each(['node', 'browser'] as const)('channels under the %s profile', (host) => {
  test('messages arrive in FIFO order after the channel latency, receive() waits for the next one', () => {
    const result = run(
      `
      const chat = world.channel({ latencyMs: 20, name: 'chat' })
      const t0 = performance.now()
      chat.send('first'); chat.send('second')
      console.log('size right after send', chat.size)
      console.log(await chat.receive(), Math.round(performance.now() - t0), 'size', chat.size)
      console.log(await chat.receive(), Math.round(performance.now() - t0), 'size', chat.size)
      setTimeout(() => chat.send({ to: 'bob', text: 'hi' }), 50)
      const m = await chat.receive()
      console.log(m.to, m.text, Math.round(performance.now() - t0))
      `,
      { host },
    )
    expect(lines(result)).toEqual(['size right after send 0', 'first 20 size 0', 'second 20 size 0', 'bob hi 90'])
    const labels = ioRecords(result.trace)
      .filter((r) => r.kind === IoKind.ChannelMessage)
      .map((r) => r.label)
    expect(labels).toEqual(['channel chat: "first"', 'channel chat: "second"', 'channel chat → bob'])
  })

  test('for await reads messages until the channel is closed, including messages still in flight', () => {
    const result = run(
      `
      const ch = world.channel({ latencyMs: 5 })
      let n = 0
      const timer = setInterval(() => {
        n++
        ch.send({ n })
        if (n === 3) { clearInterval(timer); ch.close() }
      }, 10)
      for await (const message of ch) console.log('got', message.n, Math.round(performance.now()))
      console.log('loop over', ch.closed)
      try { await ch.receive() } catch (e) { console.log(e.message) }
      try { ch.send('late') } catch (e) { console.log(e.message) }
      `,
      { host },
    )
    expect(lines(result)).toEqual([
      'got 1 15',
      'got 2 25',
      'got 3 35',
      'loop over true',
      'Channel #1 is closed: no message will come.',
      'Channel #1 is closed: it cannot send any more.',
    ])
  })

  test('messages are structured-cloned when sent', () => {
    const result = run(
      `
      const ch = world.channel()
      const data = { list: [1, 2], when: new Date(0) }
      ch.send(data)
      data.list.push(3)
      const got = await ch.receive()
      console.log(got !== data, got.list.length, got.when instanceof Date)
      try { ch.send({ fn() {} }) } catch (e) { console.log(e.name, e instanceof DOMException) }
      `,
      { host },
    )
    expect(lines(result)).toEqual(['true 2 true', 'DataCloneError true'])
  })
})

test('a receive nobody answers does not keep a node program alive', () => {
  const result = run(`
    const ch = world.channel()
    ch.receive().then(() => console.log('never'))
    console.log('end')
  `)
  expect(lines(result)).toEqual(['end'])
  expect(result.exitCode).toBe(0)
})
