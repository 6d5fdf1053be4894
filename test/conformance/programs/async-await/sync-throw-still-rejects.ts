// An async function throwing before its first await returns a rejected promise instead of throwing to the caller.
async function throwsEarly(): Promise<never> {
  console.log('body runs')
  throw new Error('early')
}
let p: Promise<never> | undefined
try {
  p = throwsEarly()
  console.log('no synchronous throw, got promise:', p instanceof Promise)
} catch {
  console.log('unexpected sync throw')
}
p!.catch((e) => console.log('rejected with', e.message))
const arrow = async () => {
  null!.toString()
}
arrow().catch((e) => console.log('arrow rejected with', e.constructor.name))
console.log('end of sync')
