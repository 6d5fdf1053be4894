// Awaiting a Promise subclass instance goes through its (overridden) then because its constructor is not %Promise%.
class Traced<T> extends Promise<T> {
  then<A = T, B = never>(
    onF?: ((v: T) => A | PromiseLike<A>) | null,
    onR?: ((e: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    console.log('Traced.then called')
    return super.then(onF, onR)
  }
}
const t = Traced.resolve('traced value')
console.log('before await')
const v = await t
console.log('await result', v)
async function returning() {
  return t
}
console.log('returned', await returning())
