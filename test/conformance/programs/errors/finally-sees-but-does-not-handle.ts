// finally does not handle a rejection: a chain ending in finally still rejects and a later catch receives the original error.
const p = Promise.reject(new Error('passes through finally'))
const afterFinally = p.finally(() => console.log('finally ran'))
afterFinally.catch((e) => console.log('caught after finally:', e.message))
p.catch(() => console.log('direct catch on the original'))
try {
  await Promise.reject(new Error('awaited')).finally(() => console.log('finally before await throws'))
} catch (e) {
  console.log('try/catch got', (e as Error).message)
}
