// return inside try with an awaiting finally: the return value is held until finally completes.
let log = ''
async function f() {
  try {
    log += 'try;'
    return 'value'
  } finally {
    await new Promise((r) => setTimeout(r, 50))
    log += 'finally;'
    console.log('finally done, log =', log)
  }
}
f().then((v) => console.log('resolved', v, 'log =', log))
setTimeout(() => console.log('1ms timer before finally completes'), 1)
