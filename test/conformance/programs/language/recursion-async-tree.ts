// Async recursion over a tree: depth-first with await vs breadth via Promise.all give different visit orders.
type Node = { name: string; children?: Node[] }
const tree: Node = {
  name: 'root',
  children: [
    { name: 'a', children: [{ name: 'a1' }, { name: 'a2' }] },
    { name: 'b', children: [{ name: 'b1' }] },
  ],
}
const visit = async (n: Node) => {
  await null
  return n.name
}
async function sequential(n: Node, out: string[]) {
  out.push(await visit(n))
  for (const c of n.children ?? []) await sequential(c, out)
  return out
}
async function parallel(n: Node, out: string[]): Promise<string[]> {
  out.push(await visit(n))
  await Promise.all((n.children ?? []).map((c) => parallel(c, out)))
  return out
}
console.log('sequential:', (await sequential(tree, [])).join(' '))
console.log('parallel:  ', (await parallel(tree, [])).join(' '))
const fib = async (n: number): Promise<number> => (n < 2 ? n : (await fib(n - 1)) + (await fib(n - 2)))
console.log('fib(12)', await fib(12))
