// Elapsed time observed inside timer callbacks is non-decreasing in firing order and at least each delay.
const start = performance.now()
const seen: Array<[number, number]> = []
for (const d of [60, 20, 40]) {
  setTimeout(() => seen.push([d, performance.now() - start]), d)
}
setTimeout(() => {
  console.log('fired order', seen.map(([d]) => d).join(','))
  console.log('each >= delay - 2:', seen.every(([d, t]) => t >= d - 2))
  console.log('non-decreasing:', seen.every(([, t], i) => i === 0 || t >= seen[i - 1][1]))
}, 100)
