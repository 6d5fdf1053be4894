// A thenable that rejects with another thenable passes that object as the reason without calling its then.
const reasonThenable = { then() { console.log('never called') }, label: 'reason object' }
const t = { then(_: unknown, reject: (e: unknown) => void) { reject(reasonThenable) } }
Promise.resolve(t).catch((e) => console.log('reason label:', e.label, 'same:', e === reasonThenable))
const t2 = { then(_: unknown, reject: (e: unknown) => void) { reject(Promise.resolve('nested')) } }
Promise.resolve(t2).catch((e) => e.then((v: string) => console.log('reason was a promise holding', v)))
