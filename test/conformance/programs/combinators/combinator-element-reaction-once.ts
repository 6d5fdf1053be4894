// A thenable that calls its resolve twice (and reject) for an element only counts once in Promise.all.
const noisy = {
  then(res: (v: string) => void, rej: (e: string) => void) {
    res('first')
    res('second')
    rej('third')
  },
}
const values = await Promise.all([noisy, noisy])
console.log(values)
const settled = await Promise.allSettled([noisy])
console.log(settled)
