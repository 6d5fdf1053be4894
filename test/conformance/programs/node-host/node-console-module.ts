// node:console is the global console itself: its default export, its named methods and its Console class.
import nodeConsole, { Console, log, table } from 'node:console'
import * as everything from 'node:console'

console.log(nodeConsole === console, log === console.log, table === console.table, Console === console.Console)
console.log(Object.keys(everything).filter((key) => key !== 'default').length, 'default' in everything)
log('logged through the imported log')
const mine = new Console({ stdout: process.stdout, stderr: process.stdout, inspectOptions: { depth: 0 } })
mine.log('a Console of its own', { nested: { deep: 1 } })
mine.error('its errors go to the stdout it was given')
table([{ task: 'fetch', ms: 12 }])
setTimeout(() => log('and from a timer'), 5)
try {
  new Console({ stdout: process.stdout, inspectOptions: 'deep' as never })
} catch (error) {
  console.log((error as { code?: string }).code, (error as Error).message)
}
new Console({ stdout: process.stdout, inspectOptions: { depth: 0 } }).dir({ a: { b: 1 } })
