// Conditionally awaiting (await only when needed) shifts one branch by a tick relative to the other.
async function maybe(cached: boolean, name: string) {
  const v = cached ? 'cached' : await Promise.resolve('fetched')
  console.log(name, v)
  return v
}
maybe(false, 'first (awaits)')
maybe(true, 'second (no await)')
const p = maybe(true, 'third (no await)')
p.then(() => console.log('third resolved'))
console.log('sync end')
