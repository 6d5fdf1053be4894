// Errors produced by the runtime have the right constructors, checked via instanceof and constructor.name.
const cases: Array<[string, () => unknown]> = [
  ['call non-function', () => (42 as unknown as () => void)()],
  ['property of undefined', () => (undefined as unknown as { a: number }).a],
  // @ts-ignore: the point is that it is not declared
  ['undeclared variable', () => notDeclaredAnywhere],
  ['bad array length', () => new Array(-1)],
  ['invalid JSON', () => JSON.parse('{bad')],
  ['new on arrow', () => new ((() => {}) as any)()],
  ['bigint mix', () => (1n as any) + 1],
  ['tdz', () => { const f = () => x; f(); const x = 1 }],
  ['assign to const', () => { const c = 1; (c as any) = 2 }],
  ['stack overflow', () => { const r = (): number => r() + 1; r() }],
]
for (const [label, fn] of cases) {
  try {
    fn()
    console.log(label, 'no error')
  } catch (e) {
    console.log(label, '->', (e as Error).constructor.name, e instanceof Error)
  }
}
let resolveSelf!: (v: unknown) => void
const self: Promise<unknown> = new Promise((r) => (resolveSelf = r))
resolveSelf(self)
await self.catch((e) => console.log('self resolution ->', e.constructor.name, e instanceof TypeError))
