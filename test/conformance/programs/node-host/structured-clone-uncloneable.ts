// structuredClone refuses a function, a symbol and a promise with a DOMException named DataCloneError, code 25, the function named by its source text.
const attempts = [
  ['arrow', () => structuredClone(() => {})],
  ['function', () => structuredClone({ nested: [function named(a) { return a }] })],
  ['symbol', () => structuredClone(Symbol('s'))],
  ['promise', () => structuredClone(Promise.resolve(1))],
  ['builtin', () => structuredClone(Math.max)],
]
for (const [label, attempt] of attempts) {
  try {
    attempt()
    console.log(label, 'cloned')
  } catch (e) {
    console.log(label, e.name, JSON.stringify(e.message), e.code, e instanceof DOMException, e instanceof Error)
  }
}
