// A static method may be named constructor, async or a generator: it is no class constructor.
class C {
  static async constructor() {
    return 1
  }
}
class D {
  static constructor() {
    return 2
  }
}
console.log(D.constructor())
C.constructor().then((v: number) => console.log(v, typeof C.constructor))
