// Async functions, arrows, methods and generators have V8's shape: name, length, no constructor, prototype, [[Prototype]], toString; so do the AsyncFunction/AsyncGeneratorFunction constructors.
const x = async function () {}
const y = async () => {}
const z = async function* () {}
async function decl(a, b = 1) {}
async function* gen(a, ...r) {}
const o = { async m(a) {}, async *n() {}, async [Symbol.iterator]() {} }
class K { async m(a, b) {} static async *s() {} }
for (const f of [x, y, z, decl, gen, o.m, o.n, o[Symbol.iterator], K.prototype.m, K.s]) {
  console.log(f.name, f.length, Object.prototype.hasOwnProperty.call(f, 'prototype'), Object.getOwnPropertyNames(f).join(','), typeof f, Object.prototype.toString.call(Object.getPrototypeOf(f)))
  try { Reflect.construct(function () {}, [], f); console.log(' constructor') } catch { console.log(' not a constructor') }
}
const g = gen(1)
console.log(Object.getPrototypeOf(g) === gen.prototype, Object.getPrototypeOf(gen.prototype) === Object.getPrototypeOf(async function* () {}).prototype)
console.log(Object.getOwnPropertyDescriptor(gen, 'prototype'))
const AF = Object.getPrototypeOf(x).constructor
const AGF = Object.getPrototypeOf(z).constructor
console.log(AF.name, AF.length, Object.getPrototypeOf(AF) === Function, Object.getOwnPropertyDescriptor(AF, 'prototype'))
console.log(AGF.name, AGF.length, Object.getPrototypeOf(AGF) === Function, Object.getOwnPropertyDescriptor(AGF, 'prototype'))
console.log(String(decl), String(o.m), String(K.s))
console.log(decl, gen, o.m, AF, x, y)
const GF = Object.getPrototypeOf(function* () {}).constructor
for (const C of [AF, AGF, GF, Function]) {
  console.log(C.name, C.length, Object.getOwnPropertyNames(C).join(','), Object.getPrototypeOf(C) === Function, typeof C)
  try { Reflect.construct(function () {}, [], C); console.log(' constructor') } catch { console.log(' not a constructor') }
}
try { Reflect.construct(function () {}, [], eval); console.log('eval constructor') } catch { console.log('eval not a constructor', eval.length, eval.name) }
const params = async ({ a }, [b], c = 1, ...rest) => {}
console.log(params.length, (async function (a, b, c = 1) {}).length, ({ async m(x, y = 2) {} }).m.length)
const named = { key: async () => {}, 'quoted key': async function () {}, 42: async function* () {} }
let assigned
assigned = async () => {}
console.log(named.key.name, named['quoted key'].name, named[42].name, assigned.name)
class Fields { field = async () => {}; static #hidden = async () => {}; static hiddenName() { return Fields.#hidden.name } }
console.log(new Fields().field.name, Fields.hiddenName())
