// Functions and classes: named, anonymous, async, generators, bound, arrows, classes with extends, with properties.
function f() {}
const g = async function g() {}
function* h() {}
async function* ag() {}
class A {}
class B extends A {}
const arrow = () => {}
console.log(f, g, h, ag)
console.log(A, B, arrow)
console.log(function () {}, () => {}, class {})
console.log(f.bind(null), Math.max, [f, A], { method() {}, async am() {} })
const withProps = Object.assign(function props() {}, { a: 1, b: 'x' })
console.log(withProps)
console.log(Object.create(Function.prototype) instanceof Function)
console.log(String(f), String(arrow))
