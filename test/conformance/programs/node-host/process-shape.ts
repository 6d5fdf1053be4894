// process has Node's shape: tagged 'process', its prototype chain process > EventEmitter, emitter methods inherited, its own members enumerable in Node's order and attributes.
console.log(Object.prototype.toString.call(process))
const chain: string[] = []
for (let p = Object.getPrototypeOf(process); p; p = Object.getPrototypeOf(p)) chain.push(p.constructor.name)
console.log(chain.join(' > '))
console.log(Object.hasOwn(process, 'on'), typeof process.on, process.on === process.addListener, process.off === process.removeListener)
const modelled = ['version', 'versions', 'platform', 'release', 'exitCode', 'uptime', 'memoryUsage', 'exit', 'hrtime', 'emitWarning', 'nextTick', 'stdout', 'stdin', 'stderr', 'cwd', 'env', 'title', 'argv', 'pid']
console.log(Object.keys(process).filter((key) => modelled.includes(key)).join(','))
for (const key of modelled) {
  const d = Object.getOwnPropertyDescriptor(process, key)!
  const kind = 'value' in d ? `${typeof d.value} w${+d.writable!}` : `accessor get=${d.get!.name}`
  console.log(key, kind, `e${+d.enumerable}c${+d.configurable}`)
}
console.log(process.nextTick.name, process.nextTick.length, 'prototype' in process.nextTick, 'prototype' in process.uptime, process.cwd.name)
console.log(process.hrtime.bigint.name, typeof process.memoryUsage.rss, Object.keys(process.versions).length, process.release.lts)
console.log(process.on('custom', () => console.log('custom event')) === process, process.emit('custom'), process.listenerCount('custom'))
