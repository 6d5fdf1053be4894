// util.inherits links prototypes; util.deprecate warns once on stderr and still calls through.
import util from 'node:util'

function Base(this: any) {
  this.base = true
}
Base.prototype.hello = function () {
  return 'hello from base'
}
function Derived(this: any) {
  Base.call(this)
}
util.inherits(Derived, Base)
const d = new (Derived as any)()
console.log(d.hello(), d.base, (Derived as any).super_ === Base)
const old = util.deprecate((x: number) => x * 2, 'old() is deprecated. Use new() instead.', 'DEP_LOOPLAB')
process.on('warning', (w: Error & { code: string }) => console.log('warning event', w.name, w.code))
console.log(old(2), old(3))
