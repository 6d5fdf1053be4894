// break out of for await calls return() on the generator, which runs finally before the loop exits.
async function* gen() {
  try {
    for (let i = 1; ; i++) {
      console.log('yield', i)
      yield i
    }
  } finally {
    console.log('generator cleanup')
  }
}
for await (const v of gen()) {
  console.log('body', v)
  if (v === 2) break
}
console.log('after loop')
outer: for (const round of [1, 2]) {
  for await (const v of gen()) {
    if (v === round) continue outer
  }
}
console.log('after labelled continue')
