// Defining Object.prototype.then turns every plain object into a thenable, including combinator result arrays; it is removed afterwards.
function install() {
  Object.defineProperty(Object.prototype, 'then', {
    configurable: true,
    writable: true,
    value(this: unknown, resolve: (v: unknown) => void) {
      console.log('Object.prototype.then called on', Array.isArray(this) ? 'array' : typeof this)
      delete (Object.prototype as Record<string, unknown>).then
      resolve('hijacked')
    },
  })
}
install()
const v1 = await ({ plain: true })
console.log('await plain object ->', v1)
console.log('then removed:', !('then' in {}))
install()
const all = await Promise.all([1, 2])
console.log('Promise.all result ->', all)
console.log('then removed again:', !('then' in {}))
const normal = await ({ plain: true })
console.log('afterwards:', normal)
