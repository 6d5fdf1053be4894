// Promise.all produces a fresh array; mutating the input after the call does not affect the result.
const input: unknown[] = [Promise.resolve(1), 2]
const p = Promise.all(input)
input.push(3)
input[0] = 'changed'
const out = await p
console.log(out, out !== input, input.length)
const pa = Promise.all([Promise.resolve('x')])
const [x] = await pa
console.log(x)
