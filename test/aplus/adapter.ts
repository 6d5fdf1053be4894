import { Agent } from '../../app/engine/runtime/agent.ts'
import { DEFAULT_BUDGETS } from '../../app/engine/runtime/budgets.ts'
import { createCoroutineDriver } from '../../app/engine/runtime/coroutines/driver.ts'
import { installCombinators } from '../../app/engine/runtime/promise/combinators.ts'
import { createPromiseRealm, type PromiseRealm } from '../../app/engine/runtime/promise/realm.ts'

/**
 * The engine's Promise, with its job queue pumped by the real event loop
 * (the modeled loop is not needed to check Promises/A+ semantics), in the
 * shape promises-aplus-tests expects.
 */
export function createAdapter() {
  const agent = new Agent({ ...DEFAULT_BUDGETS, maxEvents: Number.MAX_SAFE_INTEGER, maxWallMs: Number.MAX_SAFE_INTEGER }, () =>
    performance.now(),
  )
  agent.host = {
    promiseRejectionTracker() {},
    reportUncaught(error) {
      setTimeout(() => {
        throw error
      })
    },
  }
  // The driver and the realm refer to each other; the driver reads the realm only once the program runs.
  const driver = createCoroutineDriver(agent, () => realm)
  const realm: PromiseRealm = createPromiseRealm(agent, driver.resume)
  installCombinators(agent, realm)

  let scheduled = false
  const queue = agent.microtasks
  const push = queue.push.bind(queue)
  queue.push = (job) => {
    push(job)
    if (scheduled) return
    scheduled = true
    setImmediate(() => {
      scheduled = false
      for (let next = queue.shift(); next; next = queue.shift()) agent.runJob(next)
    })
  }

  const EnginePromise = realm.Promise
  return {
    resolved: (value: unknown) => EnginePromise.resolve(value),
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the Promises/A+ suite rejects with every kind of value
    rejected: (reason: unknown) => EnginePromise.reject(reason),
    deferred() {
      let resolve!: (value: unknown) => void
      let reject!: (reason: unknown) => void
      const promise = new EnginePromise((res, rej) => {
        resolve = res
        reject = rej
      })
      return { promise, resolve, reject }
    },
  }
}
