// The function obtained by the single then read is the one called, even if the getter would return another later.
let n = 0
const obj = {
  get then() {
    n++
    const mine = n
    return (res: (v: string) => void) => res(`function from read #${mine}`)
  },
}
const p = Promise.resolve(obj)
console.log('reads after resolve', n)
;(obj as { then: unknown }).then
console.log('reads after manual read', n)
p.then((v) => console.log(v, 'total reads', n))
