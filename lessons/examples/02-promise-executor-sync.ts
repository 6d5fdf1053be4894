// {"title": "Inside the Promise constructor", "teaser": "resolve, resolve again, reject, then log: what runs, when, and which outcome wins?", "host": "node", "tags": ["promises", "ordering"]}
console.log('1: before')

const p = new Promise<string>((resolve, reject) => {
  console.log('2: in the executor')
  resolve('first')
  resolve('second')
  reject(new Error('third'))
  console.log('3: after resolving')
})

p.then(
  (value) => console.log('4: fulfilled with', value),
  (error) => console.log('4: rejected with', error.message),
)

console.log('5: after')
