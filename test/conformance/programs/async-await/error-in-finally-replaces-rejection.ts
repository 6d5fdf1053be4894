// An error thrown in finally after an await replaces the pending rejection; the original is lost.
async function f() {
  try {
    await Promise.reject(new Error('first'))
  } finally {
    await null
    throw new Error('second')
  }
}
f().catch((e) => console.log('caught', e.message))
async function g() {
  try {
    throw new Error('kept')
  } finally {
    await null
    console.log('g finally without throw')
  }
}
g().catch((e) => console.log('caught', e.message))
