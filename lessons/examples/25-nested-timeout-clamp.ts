// {"title": "setTimeout(0) isn't zero", "teaser": "Ten zero-delay timeouts, each set by the previous one. Why does the chain take far more than 0 ms?", "host": "browser", "tags": ["browser", "timers", "performance"]}
const t = () => performance.now().toFixed(1)
let hops = 0

function hop() {
  hops++
  console.log(`hop ${hops} at ${t()} ms`)
  if (hops < 10) setTimeout(hop, 0)
}
setTimeout(hop, 0)

// Meanwhile, timers that are not nested.
for (let i = 1; i <= 3; i++) {
  setTimeout(() => console.log(`  independent timeout ${i} at ${t()} ms`), 0)
}
