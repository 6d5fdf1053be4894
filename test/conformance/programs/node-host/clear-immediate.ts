// clearImmediate cancels a pending immediate, including one cancelled by an earlier immediate in the same pass.
setTimeout(() => {
  let b: ReturnType<typeof setImmediate>
  setImmediate(() => {
    console.log('A runs and cancels B')
    clearImmediate(b)
  })
  b = setImmediate(() => console.log('B should not run'))
  const c = setImmediate(() => console.log('C should not run'))
  clearImmediate(c)
  setImmediate((x: string) => console.log('D runs with arg', x), 'arg')
}, 1)
