// Awaits inside catch and finally blocks suspend those blocks; a throw in finally's await replaces the result.
async function f() {
  try {
    throw 'original'
  } catch (e) {
    console.log('catch start', e)
    const v = await Promise.resolve('awaited in catch')
    console.log(v)
    return 'catch result'
  } finally {
    console.log('finally start')
    await null
    console.log('finally after await')
  }
}
async function g() {
  try {
    return 'g try'
  } finally {
    await Promise.reject('finally await rejected')
  }
}
f().then((v) => console.log('f ->', v))
g().catch((e) => console.log('g ->', e))
