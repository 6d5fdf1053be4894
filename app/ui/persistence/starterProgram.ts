/** The program a first-time visitor sees: small, and surprising until you watch it run. */
export const starterProgram = `// Predict the order of the six lines, then press Run (Ctrl+Enter).
console.log('1: script start')

setTimeout(() => console.log('5: timeout'), 0)

Promise.resolve()
  .then(() => console.log('3: first then'))
  .then(() => console.log('4: second then'))

async function main() {
  console.log('2: inside main, before await')
  await null
  console.log('3½: main resumed')
}
main()
`
