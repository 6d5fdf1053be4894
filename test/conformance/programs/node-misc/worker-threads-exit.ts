// A worker that posts its result and stops listening exits with code 0.
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads')

if (isMainThread) {
  const w = new Worker(__filename, { workerData: [3, 1, 2] })
  w.on('message', (sorted: number[]) => console.log('sorted:', sorted))
  w.on('exit', (code: number) => console.log('exit code', code))
  console.log('started', typeof w.threadId)
} else {
  parentPort.postMessage([...workerData].sort((a: number, b: number) => a - b))
}
