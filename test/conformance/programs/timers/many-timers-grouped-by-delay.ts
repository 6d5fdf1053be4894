// Many timers with repeating delays fire grouped by delay and FIFO inside each group.
const fired: string[] = []
for (let i = 0; i < 12; i++) {
  const delay = [20, 1, 10][i % 3]
  setTimeout(() => fired.push(`${i}@${delay}`), delay)
}
setTimeout(() => {
  console.log(fired.slice(0, 4).join(' '))
  console.log(fired.slice(4, 8).join(' '))
  console.log(fired.slice(8).join(' '))
}, 40)
