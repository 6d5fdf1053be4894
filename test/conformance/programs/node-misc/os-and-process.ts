// process and os details programs often print (the stable ones).
import os from 'node:os'

console.log(typeof process.pid, process.platform, os.platform(), os.EOL === '\n', typeof os.cpus().length)
console.log(typeof process.uptime(), typeof os.uptime(), process.argv.length >= 2, typeof process.memoryUsage().heapUsed)
console.log(process.version.startsWith('v'), typeof process.versions.node, typeof process.hrtime.bigint())
const start = process.hrtime()
const [s, ns] = process.hrtime(start)
console.log(s >= 0 && ns >= 0)
process.stdout.write('written with process.stdout.write\n')
console.log(typeof process.env, process.exitCode)
