// Nesting deeper than 2 levels prints [Object] and [Array].
const deep = { level1: { level2: { level3: { level4: 'deep' } }, arr: [[[['x']]]] } }
console.log(deep)
console.log([{ a: { b: { c: {} } } }])
console.log({ fn() {}, arrow: () => 1, async am() {}, *gen() {} })
console.log({ date: new Date(0), re: /x+/gi, sym: Symbol('s'), big: 10n, neg0: -0 })
const config = { server: { http: { port: 3000, host: 'localhost', tls: { enabled: false } } }, db: { pool: { min: 1, max: 10 } } }
console.log(config)
console.dir(config, { depth: null })
