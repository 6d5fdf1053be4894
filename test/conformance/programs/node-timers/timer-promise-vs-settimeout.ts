// A promise timer and a callback timer of the same delay fire in creation order.
import { setTimeout as sleep } from 'node:timers/promises'

sleep(10).then(() => console.log('promise timer'))
setTimeout(() => console.log('callback timer'), 10)
sleep(10).then(() => console.log('promise timer 2'))
setTimeout(() => {
  console.log('timer 5')
  process.nextTick(() => console.log('tick inside timer 5'))
}, 5)
