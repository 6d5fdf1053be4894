// {"title": "requestAnimationFrame vs timers", "teaser": "Which runs first: a 0 ms timeout or the next animation frame? And where does a timer set in a frame go?", "host": "browser", "tags": ["browser", "rendering", "timers", "ordering"]}
const t = () => `${performance.now().toFixed(1)} ms:`

requestAnimationFrame(() => {
  console.log(t(), 'frame 1')
  requestAnimationFrame(() => console.log(t(), 'frame 2 (requested in frame 1)'))
  setTimeout(() => console.log(t(), 'timeout 0 (set in frame 1)'), 0)
  Promise.resolve().then(() => console.log(t(), 'promise (from frame 1)'))
})

setTimeout(() => console.log(t(), 'timeout 0'), 0)
setTimeout(() => console.log(t(), 'timeout 16'), 16)
setTimeout(() => console.log(t(), 'timeout 17'), 17)
setTimeout(() => {
  console.log(t(), 'timeout 5')
  requestAnimationFrame(() => console.log(t(), 'frame requested at 5 ms'))
}, 5)
