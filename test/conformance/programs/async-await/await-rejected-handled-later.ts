// A rejected promise created early and awaited later (within the same microtask drain) is caught without crashing.
const failing = Promise.reject(new Error('late-observed'))
async function consume() {
  await null
  await null
  try {
    await failing
  } catch (e) {
    console.log('caught', (e as Error).message)
  }
}
consume().then(() => console.log('consume finished'))
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4'))
