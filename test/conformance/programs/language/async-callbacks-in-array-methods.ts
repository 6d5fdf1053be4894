// sort/find/some with async callbacks misbehave (they see promises), unlike awaited loops; results shown deterministically.
const items = [3, 1, 2]
const found = items.find(async (x) => x === 2)
console.log('find with async predicate returns first item:', found)
const some = items.some(async () => false)
console.log('some with async predicate is true:', some)
const sorted = [...items].sort(((a: number, b: number) => Promise.resolve(a - b)) as never)
console.log('sort with async comparator leaves order unchanged:', sorted.join(','))
const flags = await Promise.all(items.map(async (x) => x > 1))
console.log('proper async filter:', items.filter((_, i) => flags[i]).join(','))
const entries = await Promise.all(Object.entries({ a: 1, b: 2 }).map(async ([k, v]) => [k, v * 10] as const))
console.log(Object.fromEntries(entries))
