// Destructuring with defaults and rest in async function parameters; defaults evaluate lazily and in order.
const trace = (label: string, v: unknown) => (console.log('default', label), v)
async function f({ a = trace('a', 1), b: { c = trace('c', 2) } = {}, ...rest }: any = {}, [x, , y = trace('y', 3), ...tail]: any[] = []) {
  await null
  return JSON.stringify({ a, c, rest, x, y, tail })
}
console.log(await f())
console.log(await f({ a: 10, b: { c: 20 }, d: 4, e: 5 }, [7, 8, 9, 10, 11]))
const g = async (...[first, ...others]: number[]) => first + others.length
console.log(await g(100, 1, 2, 3))
const swap = async ([l, r]: [string, string]) => [r, l]
console.log((await swap(['left', 'right'])).join(' '))
