// Bad options reject the timer promise with ERR_INVALID_ARG_TYPE.
import { setTimeout as sleep } from 'node:timers/promises'

for (const options of [null, 'fast', { signal: 'x' }, { ref: 'yes' }]) {
  try {
    await sleep(1, undefined, options as never)
    console.log('resolved')
  } catch (err) {
    console.log((err as Error & { code: string }).code)
  }
}
