// A thenable resolving with another thenable is unwrapped recursively, one job per level.
const level = (n: number): unknown =>
  n === 0
    ? 'bottom'
    : {
        then(res: (v: unknown) => void) {
          console.log('unwrap level', n)
          res(level(n - 1))
        },
      }
Promise.resolve(level(3)).then((v) => console.log('final', v))
let p = Promise.resolve()
for (let i = 1; i <= 6; i++) p = p.then(() => console.log('tick', i))
