// Executors of nested constructors run synchronously in nesting order; outer resolves with inner promise.
const outer = new Promise((resolveOuter) => {
  console.log('outer executor')
  const inner = new Promise((resolveInner) => {
    console.log('inner executor')
    resolveInner('inner value')
  })
  inner.then(() => console.log('inner then'))
  resolveOuter(inner)
  console.log('outer executor end')
})
outer.then((v) => console.log('outer then', v))
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'))
