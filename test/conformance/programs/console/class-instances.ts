// Class instances print with their class name; anonymous classes, private fields and accessors are omitted.
class Foo {
  x = 1
  y = 'two'
}
class Empty {}
class WithPrivate {
  #secret = 42
  visible = true
  get computed() {
    return this.#secret
  }
}
class Sub extends Foo {
  z = [3]
}
const Anon = class {
  a = 1
}
console.log(new Foo(), new Empty(), new WithPrivate(), new Sub())
console.log(new Anon())
console.log([new Foo()], { inst: new Empty() })
class Named {
  get [Symbol.toStringTag]() {
    return 'Tagged'
  }
  v = 1
}
console.log(new Named())
