// Optional chaining, nullish coalescing and logical assignment with values resolved asynchronously.
type User = { profile?: { name?: string; tags?: string[] }; greet?: () => string } | null
const users: Array<Promise<User>> = [
  Promise.resolve({ profile: { name: 'ann', tags: ['x'] }, greet: () => 'hi' }),
  Promise.resolve({ profile: {} }),
  Promise.resolve(null),
]
for await (const u of users) {
  console.log(u?.profile?.name ?? '(anon)', u?.profile?.tags?.[0] ?? '-', u?.greet?.() ?? 'no greet', u?.profile?.tags?.length)
}
const opts: { retries?: number; name?: string | null; zero?: number } = { name: null, zero: 0 }
opts.retries ??= 3
opts.name ||= 'default'
opts.zero ||= 42
opts.zero &&= opts.zero + 1
console.log(JSON.stringify(opts))
let calls = 0
const side = () => (calls++, 'x')
const nothing: any = undefined
nothing?.a.b.c(side())
console.log('short-circuit skipped side effect:', calls === 0, 0 ?? 'x', '' ?? 'y', false || 'z')
