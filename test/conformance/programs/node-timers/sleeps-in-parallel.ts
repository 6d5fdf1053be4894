// Promise.all over timer promises: they finish in the order of their delays.
import { setTimeout as delay } from 'timers/promises'

const order: number[] = []
const start = Date.now()
await Promise.all([60, 20, 40].map(async (ms) => {
  await delay(ms)
  order.push(ms)
}))
console.log(order, Date.now() - start >= 59 && Date.now() - start < 100)
