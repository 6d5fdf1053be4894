// Depth limit ([Object], [Array]) at nesting level 3, long strings in objects, and multi-line strings in arrays.
const deep = { a: { b: { c: { d: { e: 1 } }, list: [[1, [2, [3]]]] } } }
console.log(deep)
console.log([[[[[1]]]]])
console.log({ m: new Map([[1, { deeper: { deepest: {} } }]]) })
console.log({ text: 'This is a reasonably long string value that by itself exceeds sixteen characters' })
console.log(['first line\nsecond line', 'short'])
console.log({ key: 'a'.repeat(200) })
