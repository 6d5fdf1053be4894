// {"title": "The await that never returns", "teaser": "This program just stops, mid-function, with exit code 13. Nothing threw. What went wrong?", "host": "node", "tags": ["async-await", "promises", "node", "errors"]}
function waitForReady(): Promise<void> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      const ready = false
      if (ready) resolve()
      // (and if it is not ready?)
    }, 100)
  })
}

console.log('waiting for the service…')
await waitForReady()
console.log('service is ready') // does this ever print?
