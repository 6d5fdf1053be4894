// {"title": "Await in a loop vs Promise.all", "teaser": "Same four requests, same code for each. Why is one version four times slower?", "host": "node", "tags": ["async-await", "concurrency", "performance", "network"]}
world.route('/api/:name', { latencyMs: 200, body: (req) => ({ name: req.params.name }) })
const names = ['ada', 'grace', 'alan', 'edsger']

async function getUser(name: string) {
  const res = await fetch(`/api/${name}`)
  return res.json()
}

let start = performance.now()
const oneByOne = []
for (const name of names) {
  oneByOne.push(await getUser(name))
}
console.log(`loop of awaits: ${oneByOne.length} users in ${Math.round(performance.now() - start)} ms`)

start = performance.now()
const together = await Promise.all(names.map((name) => getUser(name)))
console.log(`Promise.all:    ${together.length} users in ${Math.round(performance.now() - start)} ms`)
