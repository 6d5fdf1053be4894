// util.inspect.custom symbol hooks are honoured by console.log; toJSON is not; toString is not used either.
const custom = {
  [Symbol.for('nodejs.util.inspect.custom')]() {
    return 'CUSTOM REPRESENTATION'
  },
}
console.log(custom, [custom])
const withJson = { toJSON() { return 'json' }, v: 1 }
console.log(withJson)
const withToString = { toString() { return 'str' }, v: 2 }
console.log(withToString, `${withToString}`, String(withToString))
console.log('%s', withToString)
