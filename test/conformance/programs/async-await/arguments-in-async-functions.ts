// arguments survives awaits in async functions; async arrows see the enclosing function's arguments.
async function f(a: number, b: number) {
  await null
  console.log('arguments length', arguments.length, 'values', [...arguments].join(','))
  const arrow = async () => {
    await null
    return arguments[0] + arguments[1]
  }
  console.log('arrow sum of outer arguments', await arrow())
  console.log('f.length', f.length)
}
await (f as (...a: number[]) => Promise<void>)(1, 2, 3)
async function sloppyLike(x: number) {
  x = 42
  await null
  return [x, arguments[0]]
}
console.log('strict arguments not aliased:', (await sloppyLike(1)).join(','))
