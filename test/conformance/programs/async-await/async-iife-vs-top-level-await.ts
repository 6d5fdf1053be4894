// An async IIFE runs its sync prefix immediately; the module's own top-level await resumes interleaved with it.
;(async () => {
  console.log('iife start')
  await null
  console.log('iife after 1')
  await null
  console.log('iife after 2')
})()
console.log('module before await')
await null
console.log('module after 1')
await null
console.log('module after 2')
