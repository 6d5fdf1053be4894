// Operands left of an await are evaluated before suspending; the classic lost update with += await.
let total = 0
async function add(n: number) {
  total += await Promise.resolve(n)
  console.log('after add', n, 'total', total)
}
await Promise.all([add(1), add(2), add(3)])
console.log('final total (not 6):', total)
let x = 'old'
async function concat() {
  const s = x + (await (async () => { x = 'new'; return '!' })())
  console.log(s, x)
}
await concat()
const trace = (s: string) => (console.log('eval', s), s)
async function call(...args: string[]) {
  console.log('args', args.join(' '))
}
await call(trace('a'), await Promise.resolve(trace('b')), trace('c'))
