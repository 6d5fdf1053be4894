// try/catch/finally spanning awaits: catch sees the rejection, finally always runs, interleaving with another chain.
async function work(fail: boolean) {
  try {
    console.log('try start', fail)
    await null
    if (fail) throw new Error('failed after await')
    await null
    console.log('try end', fail)
    return 'ok'
  } catch (e) {
    console.log('catch', (e as Error).message)
    await null
    return 'recovered'
  } finally {
    console.log('finally', fail)
  }
}
work(true).then((v) => console.log('result(true)', v))
work(false).then((v) => console.log('result(false)', v))
let p = Promise.resolve()
for (let i = 1; i <= 5; i++) p = p.then(() => console.log('tick', i))
