// console.table of arrays of objects, arrays of arrays, objects, a column filter and primitive fallback.
console.table([
  { name: 'apple', qty: 3 },
  { name: 'banana', qty: 12, ripe: true },
  { name: 'kiwi' },
])
console.table([[1, 2], [3, 4, 5]])
console.table({ row1: { a: 1 }, row2: { b: 'two' } })
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['b'])
console.table('not tabular')
console.table([])
console.table([1, 'x', { k: 'v' }])
