// Long arrays group numbers into columns and cut off after 100 items.
console.log(Array.from({ length: 30 }, (_, i) => i * 7))
console.log(Array.from({ length: 101 }, (_, i) => i))
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)))
console.log(new Array(5), [1, , 3], [undefined, null])
const arr: unknown[] & { extra?: string } = [1, 2, 3]
arr.extra = 'prop'
console.log(arr)
console.log(new Uint8Array([1, 2, 3]), new Float64Array(3), new ArrayBuffer(4))
console.log([[1, [2, [3, [4, [5]]]]]])
