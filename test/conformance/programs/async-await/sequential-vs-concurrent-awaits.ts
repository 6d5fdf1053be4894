// Awaiting promises one by one vs Promise.all: timers started eagerly finish together, sequential ones add up.
const sleep = (ms: number, label: string) =>
  new Promise<string>((r) =>
    setTimeout(() => {
      console.log('timer', label)
      r(label)
    }, ms),
  )
async function sequential() {
  const a = await sleep(20, 'seq-a')
  const b = await sleep(20, 'seq-b')
  return [a, b]
}
async function concurrent() {
  const pa = sleep(10, 'con-a')
  const pb = sleep(30, 'con-b')
  return [await pa, await pb]
}
const [s, c] = await Promise.all([sequential(), concurrent()])
console.log(s.join(','), c.join(','))
