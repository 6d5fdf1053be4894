// A hand-written object with [Symbol.asyncIterator] works with for await; break calls its return.
const source = {
  [Symbol.asyncIterator]() {
    let i = 0
    console.log('iterator created')
    return {
      next() {
        i++
        console.log('next called', i)
        return Promise.resolve({ value: i * 10, done: i > 4 })
      },
      return() {
        console.log('return called at', i)
        return Promise.resolve({ value: undefined, done: true })
      },
    }
  },
}
for await (const v of source) {
  console.log('value', v)
  if (v === 30) break
}
for await (const v of source) console.log('full run', v)
