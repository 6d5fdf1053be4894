// A return inside finally overrides both a return value and a thrown error, even after awaits.
async function overridesReturn() {
  try {
    return 'from try'
  } finally {
    await null
    // eslint-disable-next-line no-unsafe-finally
    return 'from finally'
  }
}
async function overridesThrow() {
  try {
    await Promise.reject(new Error('lost'))
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return 'finally swallowed the error'
  }
}
async function finallyThrows() {
  try {
    return 'never seen'
  } finally {
    await null
    // eslint-disable-next-line no-unsafe-finally
    throw 'finally threw'
  }
}
overridesReturn().then(console.log)
overridesThrow().then(console.log)
finallyThrows().catch((e) => console.log('caught', e))
