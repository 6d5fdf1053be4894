// console has Node's 25 keys (Console among them), bound methods printed as bound, and console.Console makes consoles writing to the streams it is given.
console.log(Object.keys(console))
console.log(Object.keys(console).length, typeof console.Console, console.Console.length, Object.getOwnPropertyDescriptor(console, 'Console')!.enumerable)
console.log(String(console.log), console.log.name, console.log.length, 'prototype' in console.log)
console.log(String(console.profile), console.Console.prototype.log.name, Object.keys(console.Console.prototype).length)
const detached = console.log
detached('a detached console.log still logs')
const mine = new console.Console(process.stdout)
mine.log('to stdout through a Console', { a: 1 })
mine.error('errors go to stderr, which is not compared')
const pair = new console.Console({ stdout: process.stdout, stderr: process.stdout })
pair.warn('warned to the stdout given as stderr')
console.log(mine instanceof console.Console, console instanceof console.Console, {} instanceof console.Console)
try {
  new console.Console({})
} catch (error) {
  console.log((error as Error).name, (error as { code?: string }).code, (error as Error).message)
}
const bound = function greet() {}.bind(null)
console.log(Function.prototype.toString.call(bound), bound.name)
