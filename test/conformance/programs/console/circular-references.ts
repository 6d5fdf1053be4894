// Circular references print <ref *N> markers and [Circular *N] pointers.
const self: any = { name: 'self' }
self.self = self
console.log(self)
const a: any = { name: 'a' }
const b: any = { name: 'b', a }
a.b = b
console.log(a)
const arr: any[] = [1]
arr.push(arr)
console.log(arr)
const m = new Map<string, unknown>()
m.set('me', m)
console.log(m)
const x: any = {}
const y: any = {}
x.y = y
y.x = x
x.self = x
console.log([x, y])
