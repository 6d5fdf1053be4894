// A thenable that resolves with itself is unwrapped again (no TypeError, unlike a promise); it stops after three rounds.
let rounds = 0
const loop: { then(res: (v: unknown) => void): void } = {
  then(res) {
    rounds++
    console.log('round', rounds)
    res(rounds < 3 ? loop : 'escaped')
  },
}
Promise.resolve(loop).then((v) => console.log('settled', v, 'after', rounds, 'rounds'))
