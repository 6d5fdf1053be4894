// for await rejects with TypeError when next() returns a non-object or the iterable lacks an iterator.
const bad = {
  [Symbol.asyncIterator]() {
    return { next: () => Promise.resolve(42) }
  },
}
try {
  for await (const v of bad as never) console.log('never', v)
} catch (e) {
  console.log('non-object result:', (e as Error).constructor.name)
}
try {
  for await (const v of 123 as never) console.log('never', v)
} catch (e) {
  console.log('not iterable:', (e as Error).constructor.name)
}
const rejecting = {
  [Symbol.asyncIterator]() {
    return {
      next: () => Promise.reject('next rejected'),
      return() {
        console.log('return is not called when next rejects')
        return Promise.resolve({ done: true })
      },
    }
  },
}
try {
  for await (const v of rejecting as never) console.log('never', v)
} catch (e) {
  console.log('caught', e)
}
