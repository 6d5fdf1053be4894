// Circular references print as <ref *n> and [Circular *n].
const a: Record<string, unknown> = { name: 'a' }
const b: Record<string, unknown> = { name: 'b', a }
a.b = b
a.self = a
console.log(a)
const list: unknown[] = [1, 2]
list.push(list)
console.log(list)
const m = new Map<string, unknown>()
m.set('me', m)
console.log(m)
class Node_ {
  next: Node_ | null = null
  constructor(public value: number) {}
}
const n1 = new Node_(1)
const n2 = new Node_(2)
n1.next = n2
n2.next = n1
console.log(n1)
console.log(JSON.stringify({ ok: true }), [a, a])
