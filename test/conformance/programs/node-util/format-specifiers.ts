// util.format with %s %d %i %f %j %o %O %% and extra arguments.
import util from 'node:util'

console.log(util.format('%s:%s', 'foo'))
console.log(util.format('%s:%s', 'foo', 'bar', 'baz'))
console.log(util.format(1, 2))
console.log(util.format('%% %s'))
console.log(util.format('%d %i %f', '42.5', 42.9, '3.25'))
console.log(util.format('%j', { a: [1, 2], b: 'x' }))
console.log(util.format('%o', [1, { x: 1 }]))
console.log(util.format('%O', { nested: { deep: { deeper: { deepest: 1 } } } }))
console.log(util.format('%s', { toString() { return 'custom' } }), util.format('%s', 12345678901234567890n))
console.log(util.formatWithOptions({ compact: false }, 'see %O', { a: 1 }))
