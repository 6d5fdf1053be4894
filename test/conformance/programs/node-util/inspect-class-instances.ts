// Class instances, private fields, getters, static members, inheritance and null prototypes.
class Animal {
  legs = 4
  #secret = 'hidden'
  constructor(public name: string) {}
  get description() {
    return `${this.name} with ${this.legs} legs`
  }
  static count = 0
}
class Bird extends Animal {
  legs = 2
  wings = 2
}
console.log(new Animal('cat'))
console.log(new Bird('owl'))
console.log(Animal, Bird)
console.log(Object.create(null))
const o = Object.create(null) as Record<string, number>
o.x = 1
console.log(o)
class Empty {}
console.log(new Empty(), [new Empty()])
console.log(Object.create(Bird.prototype))
