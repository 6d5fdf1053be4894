// Two async loops awaiting each iteration interleave step by step; a third awaits only every other step.
async function loop(name: string, n: number, every = 1) {
  for (let i = 0; i < n; i++) {
    if (i % every === 0) await null
    console.log(name, i)
  }
  return name + ' done'
}
loop('A', 4).then(console.log)
loop('B', 3).then(console.log)
loop('C', 4, 2).then(console.log)
