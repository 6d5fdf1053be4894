// worker_threads: the program starts a worker on its own file; they talk with postMessage.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'

function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2)
}
if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { n: 20 } })
  worker.on('message', (msg: { type: string; fib: number }) => {
    console.log('from worker:', msg)
    if (msg.type === 'ready') worker.postMessage(15)
    if (msg.type === 'answer') worker.terminate()
  })
  worker.on('exit', (code) => console.log('worker exited'))
  console.log('main goes on while the worker computes')
} else {
  parentPort!.postMessage({ type: 'ready', fib: fib(workerData.n) })
  parentPort!.on('message', (n: number) => parentPort!.postMessage({ type: 'answer', fib: fib(n) }))
}
