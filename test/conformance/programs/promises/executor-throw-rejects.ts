// An exception in the executor rejects the promise instead of propagating; non-callable executors throw synchronously.
const p = new Promise(() => {
  throw new RangeError('executor failed')
})
p.catch((e) => console.log('rejected with', e.constructor.name, e.message))
try {
  new Promise(42 as never)
} catch (e) {
  console.log('non-callable executor:', (e as Error).constructor.name)
}
try {
  ;(Promise as unknown as () => void)()
} catch (e) {
  console.log('called without new:', (e as Error).constructor.name)
}
console.log('sync done')
