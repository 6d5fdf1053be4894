// `in` inside an array literal in a for head is the `in` operator again (ECMA-262 [+In]), in for, for-of and for-await heads.
let x
let y
for ([x = 'a' in { a: 1 }, y = 'b' in { a: 1 }] of [[]]) console.log('for-of', x, y)
async function main() {
  for await ([x = 'length' in []] of [Promise.resolve([])]) console.log('for-await', x)
  for await ({ y = ['z' in { z: 0 }] } of [{}]) console.log('for-await object', y)
  for (let i = 0, flags = ['i' in { i: 1 }, 'j' in {}]; i < 1; i++) console.log('for', flags)
  for (const f = () => ['k' in { k: 1 }]; ; ) {
    console.log('arrow body', f(), String(f))
    break
  }
  await null
  console.log('done')
}
await main()
