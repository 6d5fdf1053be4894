// An unref'd timer does not keep the process alive; a ref'd one that outlives it lets it fire.
const a = setTimeout(() => console.log('unref timer A never fires'), 2000)
a.unref()
const b = setTimeout(() => console.log('unref timer B fires, loop still alive'), 10)
b.unref()
setTimeout(() => console.log('ref timer at 30 keeps the loop alive'), 30)
console.log('hasRef', a.hasRef(), b.hasRef())
