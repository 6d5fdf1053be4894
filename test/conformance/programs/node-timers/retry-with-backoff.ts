// A retry loop with exponential backoff using timers/promises.
import { setTimeout as sleep } from 'node:timers/promises'

let attempts = 0
async function flaky(): Promise<string> {
  attempts++
  if (attempts < 4) throw new Error(`attempt ${attempts} failed`)
  return 'success'
}
async function retry<T>(fn: () => Promise<T>, tries = 5, base = 10): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn()
    } catch (err) {
      if (i + 1 >= tries) throw err
      console.log((err as Error).message, `- retrying in ${base * 2 ** i} ms`)
      await sleep(base * 2 ** i)
    }
  }
}
const start = Date.now()
console.log(await retry(flaky), 'after', attempts, 'attempts', Date.now() - start >= 69)
