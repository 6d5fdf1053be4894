// then() registered on a promise from within its own executor (through a closure) is legal and runs after resolution.
let self: Promise<string>
self = new Promise<string>((resolve) => {
  queueMicrotask(() => {
    self.then((v) => console.log('registered in microtask:', v))
  })
  resolve('done')
  console.log('executor end')
})
self.then((v) => console.log('registered synchronously:', v))
