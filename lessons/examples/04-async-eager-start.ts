// {"title": "Async functions start right away", "teaser": "Calling an async function doesn't schedule it for later. So how much of it runs before the next line?", "host": "node", "tags": ["async-await", "ordering"]}
async function load(name: string) {
  console.log(`${name}: started`)
  await null // nothing to wait for... or is there?
  console.log(`${name}: resumed`)
  return name
}

console.log('before')
const first = load('first')
console.log('after calling first')
load('second')
console.log('after calling second')

await first
console.log('first is done')
