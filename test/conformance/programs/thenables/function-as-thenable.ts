// A function object with a then method is treated as a thenable too.
function fn() {}
;(fn as unknown as { then: unknown }).then = (resolve: (v: string) => void) => {
  console.log('function thenable called')
  resolve('from function')
}
Promise.resolve(fn).then((v) => console.log(v))
class WithStaticThen {
  static then(resolve: (v: string) => void) {
    resolve('from class static then')
  }
}
Promise.resolve(WithStaticThen).then((v) => console.log(v))
