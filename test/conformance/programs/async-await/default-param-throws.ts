// Errors from default parameter initializers of async functions become rejections, and run before the body.
const need = (name: string): never => {
  throw new Error(`missing ${name}`)
}
async function f(a = need('a'), b = console.log('b initializer runs')) {
  console.log('body never runs', a, b)
}
const p = f()
console.log('f() returned a promise:', p instanceof Promise)
p.catch((e) => console.log('rejected:', e.message))
async function g(x: number, y = x * 2) {
  console.log('g body', x, y)
}
g(3)
const h = async ({ key }: { key: string }) => key
h(undefined as never).catch((e) => console.log('destructuring undefined ->', e.constructor.name))
console.log('sync end')
