// Objects with a null prototype are labelled; so are arrays and class instances with odd prototypes.
console.log(Object.create(null))
const o = Object.create(null)
o.a = 1
o.b = { c: 2 }
console.log(o)
console.log({ nested: Object.create(null) })
const arr = [1, 2]
Object.setPrototypeOf(arr, null)
console.log(arr)
const fakeFoo = Object.create({ constructor: { name: 'Fake' } })
fakeFoo.v = 1
console.log(fakeFoo)
