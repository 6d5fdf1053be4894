// Optional catch binding, destructuring in catch parameters, and nested try blocks across awaits.
async function f() {
  try {
    await Promise.reject({ code: 'E42', detail: { line: 7 } })
  } catch ({ code, detail: { line } }: any) {
    console.log('destructured', code, line)
  }
  try {
    JSON.parse('nope')
  } catch {
    console.log('optional binding: caught without a variable')
  }
  try {
    try {
      await Promise.reject('inner')
    } finally {
      console.log('inner finally')
    }
  } catch (e) {
    console.log('outer caught', e)
  }
}
await f()
