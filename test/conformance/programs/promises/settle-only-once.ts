// A promise settles only once: later resolve/reject calls and throws after settling are ignored.
const p1 = new Promise((resolve, reject) => {
  resolve('first')
  resolve('second')
  reject(new Error('ignored reject'))
})
const p2 = new Promise((resolve, reject) => {
  reject('rejected first')
  resolve('ignored resolve')
})
const p3 = new Promise((resolve) => {
  resolve('resolved before throw')
  throw new Error('ignored throw')
})
let resolveLater!: (v: unknown) => void
const p4 = new Promise((resolve) => {
  resolveLater = resolve
  resolve(new Promise((r) => setTimeout(() => r('locked-in'), 10)))
})
resolveLater('too late')
p1.then((v) => console.log('p1', v))
p2.catch((e) => console.log('p2', e))
p3.then((v) => console.log('p3', v))
p4.then((v) => console.log('p4', v))
