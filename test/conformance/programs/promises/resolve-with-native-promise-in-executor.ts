// resolve(nativePromise) inside an executor adopts its state two ticks later; reject(promise) does not unwrap.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(5)
const inner = Promise.resolve('inner')
new Promise((resolve) => resolve(inner)).then((v) => console.log('adopted', v))
new Promise((resolve) => resolve('plain')).then((v) => console.log('plain', v))
new Promise((_, reject) => reject(inner)).catch((e) => console.log('rejected with the promise itself:', e === inner))
