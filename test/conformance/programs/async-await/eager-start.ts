// An async function body runs synchronously up to its first await; code after it runs later.
const log = (s: string) => console.log(s)
async function task(name: string) {
  log(`${name}: sync part 1`)
  log(`${name}: sync part 2`)
  await undefined
  log(`${name}: after first await`)
  await undefined
  log(`${name}: after second await`)
}
log('calling A')
const a = task('A')
log('calling B')
const b = task('B')
log('both called')
await Promise.all([a, b])
log('all done')
