// Handling the same kind of rejection via .catch and via try/await settles on different ticks.
async function fails() {
  throw 'nope'
}
fails().catch((e) => console.log('.catch handled', e))
;(async () => {
  try {
    await fails()
  } catch (e) {
    console.log('try/await handled', e)
  }
})()
fails()
  .then(() => 'x')
  .catch((e) => console.log('.then().catch handled', e))
let p = Promise.resolve()
for (let i = 1; i <= 4; i++) p = p.then(() => console.log('tick', i))
