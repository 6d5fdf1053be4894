// process.exit inside a nextTick stops everything else queued, even an enclosing finally that would run later.
async function main() {
  try {
    await null
    console.log('main awaited')
    await new Promise((r) => setTimeout(r, 5))
    console.log('never: timer-based await')
  } finally {
    console.log('never: finally')
  }
}
main()
process.nextTick(() => {
  console.log('tick calls exit')
  process.exitCode = 9
  process.exit()
})
