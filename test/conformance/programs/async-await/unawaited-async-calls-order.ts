// Calling async functions without awaiting them: their continuations run in call order, after the caller's sync code.
async function job(name: string, steps: number) {
  for (let i = 1; i <= steps; i++) {
    await null
    console.log(name, 'step', i)
  }
}
function main() {
  job('x', 2)
  job('y', 3)
  console.log('main returns')
}
main()
await job('z', 1)
console.log('after awaiting z')
