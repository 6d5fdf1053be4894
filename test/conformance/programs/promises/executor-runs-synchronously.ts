// The executor runs synchronously inside the constructor; reactions never run synchronously.
console.log('before')
const p = new Promise<string>((resolve) => {
  console.log('executor start')
  resolve('value')
  console.log('executor after resolve')
})
console.log('after constructor')
p.then((v) => console.log('then', v))
console.log('after then registration')
new Promise<void>((resolve) => {
  console.log('second executor')
  resolve()
}).then(() => console.log('second then'))
console.log('end of script')
