// Promise.all rejects with the first rejection in settlement order; later rejections and fulfilments are ignored.
const after = <T>(ms: number, fn: () => T) => new Promise<T>((res, rej) => setTimeout(() => { try { res(fn()) } catch (e) { rej(e) } }, ms))
Promise.all([
  after(30, () => { console.log('third settles'); throw 'late rejection' }),
  after(10, () => { console.log('first settles'); return 'ok' }),
  after(20, () => { console.log('second settles'); throw 'early rejection' }),
]).then(
  (v) => console.log('fulfilled?', v),
  (e) => console.log('all rejected with', e),
)
