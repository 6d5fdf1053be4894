// A CommonJS script using util.promisify on a hand-written callback API.
const { promisify, inspect } = require('util')

function readConfig(name: string, cb: (err: Error | null, data?: object) => void) {
  setImmediate(() => cb(null, { name, port: 8080 }))
}
const readConfigAsync = promisify(readConfig)
readConfigAsync('app').then((config: object) => console.log('config:', inspect(config)))
process.nextTick(() => console.log('nextTick runs first'))
console.log('script end')
