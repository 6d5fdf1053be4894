// Aborting a timer promise rejects it with an AbortError whose cause is the signal's reason.
import { setTimeout as sleep } from 'node:timers/promises'

const ac = new AbortController()
const signal = ac.signal
sleep(1000, 'foobar', { signal })
  .then(console.log)
  .catch((err: Error & { code: string; cause: unknown }) => {
    if (err.name === 'AbortError') console.error('The timeout was aborted')
    console.log(err.name, err.code, err.message, (err.cause as Error).name)
  })
setTimeout(() => ac.abort(), 10)
const ac2 = new AbortController()
sleep(5, 'x', { signal: ac2.signal }).then((v) => console.log('not aborted:', v))
ac.signal.addEventListener('abort', () => console.log('abort event'))
