// Objects whose single-line form exceeds the width break over several lines; short nested ones stay inline.
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd' })
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', epsilon: 'eeeeeeeeee' })
console.log({ user: { name: 'Ada Lovelace', email: 'ada@example.com', roles: ['admin', 'author', 'reviewer'] }, active: true })
console.log([{ id: 1, name: 'first item' }, { id: 2, name: 'second item' }, { id: 3, name: 'third item' }])
console.log({ short: 1, nested: { a: 1, b: 2 }, list: [1, 2, 3] })
console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], label: 'a fairly long label string to push the width' })
console.log({ a: 'x'.repeat(80) })
console.log(['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)])
