// Arrays: empty, short, nested, sparse holes, extra properties, and arrays of arrays.
console.log([])
console.log([1, 2, 3])
console.log([[1, [2, [3, [4, [5]]]]]])
console.log([, , 3])
console.log([1, , , 4, , ])
const a: any = [1, 2]
a.extra = 'prop'
a[-1] = 'neg'
console.log(a)
const sparse = new Array(5)
console.log(sparse, new Array(1))
console.log([undefined, , null])
console.log([[], [[]], {}])
