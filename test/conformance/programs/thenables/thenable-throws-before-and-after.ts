// An exception thrown by then before settling rejects; thrown after settling it is swallowed.
const throwsFirst = { then() { throw new Error('then threw') } }
const throwsAfter = { then(res: (v: string) => void) { res('kept'); throw new Error('swallowed') } }
const throwsAfterReject = { then(_: unknown, rej: (e: string) => void) { rej('kept rejection'); throw new Error('swallowed 2') } }
Promise.resolve(throwsFirst).catch((e) => console.log('1 rejected:', e.message))
Promise.resolve(throwsAfter).then((v) => console.log('2 fulfilled:', v))
Promise.resolve(throwsAfterReject).catch((e) => console.log('3 rejected:', e))
