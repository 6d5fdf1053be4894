// TypeScript enums (numeric with reverse mapping, string, computed) used in an async state machine.
enum State {
  Idle,
  Loading,
  Done = 10,
  Failed,
}
enum Color {
  Red = 'RED',
  Blue = 'BLUE',
}
console.log(State.Idle, State.Loading, State.Done, State.Failed, State[10], State[State.Failed])
console.log(Color.Red, Object.keys(Color).join(','), Object.keys(State).join(','))
async function machine(fail: boolean) {
  let s = State.Idle
  const trail: string[] = [State[s]]
  s = State.Loading
  trail.push(State[s])
  await null
  s = fail ? State.Failed : State.Done
  trail.push(State[s])
  return trail.join('>')
}
console.log(await machine(false), await machine(true))
