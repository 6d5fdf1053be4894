// switch with awaits in the discriminant, in case expressions (evaluated lazily) and fall-through bodies.
const val = async (v: string) => {
  console.log('evaluate case', v)
  await null
  return v
}
async function route(cmd: string) {
  switch (await val(cmd)) {
    case await val('a'):
      console.log('matched a, falls through')
    case await val('b'):
      console.log('body b')
      break
    case await val('c'):
      console.log('matched c')
      await null
      return 'returned from c'
    default:
      console.log('default')
  }
  return 'after switch'
}
console.log(await route('a'))
console.log(await route('c'))
console.log(await route('z'))
