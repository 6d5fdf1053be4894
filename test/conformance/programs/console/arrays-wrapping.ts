// Number arrays longer than 6 items are grouped in aligned columns; over 100 items are truncated.
console.log([1, 2, 3, 4, 5, 6])
console.log([1, 2, 3, 4, 5, 6, 7])
console.log(Array.from({ length: 26 }, (_, i) => i * 3))
console.log(Array.from({ length: 30 }, (_, i) => i ** 3))
console.log(Array.from({ length: 120 }, (_, i) => i))
console.log(Array.from({ length: 10 }, (_, i) => 'item' + i))
console.log(Array.from({ length: 8 }, (_, i) => ({ id: i })))
console.log(Array.from({ length: 7 }, (_, i) => (i % 2 ? 'odd-' + i : i)))
