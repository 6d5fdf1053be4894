// Three async functions each await three times (value, native promise, thenable); their lines interleave by tick cost.
const thenable = (v: string) => ({ then: (r: (x: string) => void) => r(v) })
async function values() {
  for (let i = 1; i <= 3; i++) console.log('V', await i)
}
async function natives() {
  for (let i = 1; i <= 3; i++) console.log('N', await Promise.resolve(i))
}
async function thenables() {
  for (let i = 1; i <= 3; i++) console.log('T', await thenable(String(i)))
}
thenables()
natives()
values()
