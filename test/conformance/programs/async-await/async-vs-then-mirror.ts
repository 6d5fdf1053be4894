// The same three-step pipeline written with await and with then chains advances in lockstep, one tick per step.
async function withAwait(tag: string) {
  const a = await Promise.resolve(1)
  console.log(tag, 'step', a)
  const b = await Promise.resolve(a + 1)
  console.log(tag, 'step', b)
  const c = await Promise.resolve(b + 1)
  console.log(tag, 'step', c)
  return c
}
function withThen(tag: string) {
  return Promise.resolve(1)
    .then((a) => (console.log(tag, 'step', a), a + 1))
    .then((b) => (console.log(tag, 'step', b), b + 1))
    .then((c) => (console.log(tag, 'step', c), c))
}
withAwait('await').then((v) => console.log('await result', v))
withThen('then ').then((v) => console.log('then  result', v))
