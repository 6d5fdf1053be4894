// Objects with many short keys, nested arrays of objects, and wide arrays of strings break across lines.
const many: Record<string, number> = {}
for (let i = 0; i < 30; i++) many['k' + i] = i
console.log(many)
console.log({ rows: [{ a: 1, b: 2 }, { a: 3, b: 4 }], meta: { total: 2, page: 1, pageSize: 50, hasMore: false } })
console.log(Array.from({ length: 30 }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat((i % 5) + 1)))
console.log(Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? -i * 1000 : i)))
console.log([1.5, 22.25, 333.125, 4, 55555, 6.5, 7.75, 8])
