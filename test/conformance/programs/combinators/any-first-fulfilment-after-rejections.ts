// Promise.any ignores rejections while any entry is pending and fulfils with the first fulfilment.
const settle = (ms: number, ok: boolean, v: string) =>
  new Promise<string>((res, rej) => setTimeout(() => { console.log('settle', v); (ok ? res : rej)(v) }, ms))
const v = await Promise.any([settle(5, false, 'r1'), settle(10, false, 'r2'), settle(20, true, 'f1'), settle(30, true, 'f2')])
console.log('any ->', v)
await new Promise((r) => setTimeout(r, 20))
console.log('end')
