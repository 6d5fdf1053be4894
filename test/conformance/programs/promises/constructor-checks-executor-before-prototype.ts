// new Promise checks new.target and the executor before it reads newTarget.prototype; calling it without new has V8's message.
const newTarget = function () {}.bind(null)
Object.defineProperty(newTarget, 'prototype', {
  get() {
    console.log('prototype read')
    return Promise.prototype
  },
})
try {
  Reflect.construct(Promise, [], newTarget)
} catch (error) {
  console.log((error as Error).constructor.name, (error as Error).message)
}
const made = Reflect.construct(Promise, [() => {}], newTarget)
console.log(made instanceof Promise)
try {
  ;(Promise as unknown as (executor: unknown) => void)(() => {})
} catch (error) {
  console.log((error as Error).constructor.name, (error as Error).message)
}
class Sub extends Promise<number> {}
try {
  new Sub(42 as never)
} catch (error) {
  console.log((error as Error).constructor.name, (error as Error).message)
}
console.log(Promise.prototype.constructor === Promise, Object.getPrototypeOf(Promise) === Function.prototype, Promise.length, Promise.name)
console.log(Object.getOwnPropertyDescriptor(Promise, 'prototype'))
