// timers/promises setImmediate resolves in the check phase, after I/O-free timers of the current iteration.
import { setImmediate as immediate, setTimeout as sleep } from 'node:timers/promises'

setTimeout(async () => {
  setTimeout(() => console.log('timeout 0'), 0)
  const v = await immediate('imm value')
  console.log(v)
  await sleep(1)
  console.log('after sleep')
}, 1)
