// An async arrow sees the same arguments object as the function around it, however deeply it is nested.
async function outer(a, b) {
  const inner = async () => arguments
  const nested = async () => (async () => arguments)()
  const plain = () => arguments
  console.log((await inner()) === arguments, (await nested()) === arguments, plain() === arguments, arguments.length, arguments[1])
  const o = { arguments: 1 }
  console.log(o.arguments)
}
await outer(1, 2)
function sync(x) {
  const f = async () => arguments
  return f().then((args) => console.log(args === arguments, args[0]))
}
await sync('s')
