// {"title": "Cache the promise, not the value", "teaser": "Five components ask for the same user at once. How many requests does each cache send?", "host": "node", "tags": ["patterns", "promises", "network", "concurrency"]}
let requests = 0
world.route('/user/:id', { latencyMs: 100, body: (req) => { requests++; return { id: req.params.id } } })

const valueCache = new Map<string, unknown>()
async function getUserCachingValues(id: string) {
  if (valueCache.has(id)) return valueCache.get(id)
  const user = await (await fetch(`/user/${id}`)).json()
  valueCache.set(id, user)
  return user
}

const promiseCache = new Map<string, Promise<unknown>>()
function getUserCachingPromises(id: string) {
  if (!promiseCache.has(id)) promiseCache.set(id, fetch(`/user/${id}`).then((r) => r.json()))
  return promiseCache.get(id)!
}

const five = Array.from({ length: 5 })
await Promise.all(five.map(() => getUserCachingValues('42')))
console.log('caching values:  ', requests, 'requests')

requests = 0
await Promise.all(five.map(() => getUserCachingPromises('42')))
console.log('caching promises:', requests, 'requests')
