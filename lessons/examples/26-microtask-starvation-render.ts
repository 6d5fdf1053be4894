// {"title": "Microtasks starve rendering", "teaser": "The work is split into 60 small async steps, yet the animation still freezes. Why doesn't a frame sneak in?", "host": "browser", "tags": ["browser", "rendering", "microtasks", "performance"]}
const t = () => `${Math.round(performance.now())} ms:`

// An animation that wants a frame every 16.7 ms.
let frames = 0
function frame() {
  console.log(t(), 'frame', ++frames)
  if (frames < 6) requestAnimationFrame(frame)
}
requestAnimationFrame(frame)

// 60 items of 1 ms each, processed one per promise job, "to stay responsive".
setTimeout(() => {
  console.log(t(), 'start processing')
  let left = 60
  const step = () => {
    world.cpu(1)
    if (--left > 0) Promise.resolve().then(step)
    else console.log(t(), 'processing done')
  }
  step()
}, 20)
