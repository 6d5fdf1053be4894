// then/catch/finally on a Promise subclass return instances of the subclass, built through its constructor.
let constructed = 0
class MyP<T> extends Promise<T> {
  constructor(executor: (res: (v: T) => void, rej: (e: unknown) => void) => void) {
    constructed++
    super(executor)
  }
}
const a = new MyP<number>((r) => r(1))
const b = a.then((v) => v + 1)
const c = b.catch(() => 0)
const d = c.finally(() => {})
console.log(a.constructor.name, b.constructor.name, c.constructor.name, d.constructor.name)
console.log('constructed so far', constructed)
console.log(await d, 'constructed', constructed)
console.log('MyP.resolve ->', MyP.resolve(5).constructor.name, 'MyP.reject ->', MyP.reject(0).catch(() => {}).constructor.name)
