// assert(value) quotes the expression that was falsy.
import assert from 'node:assert'

const items: number[] = []
try {
  assert(items.length > 0)
} catch (err) {
  console.log((err as Error).message)
}
try {
  assert.ok(typeof items === 'string')
} catch (err) {
  console.log((err as Error).message)
}
try {
  assert(false, 'explicit message')
} catch (err) {
  console.log((err as Error).message, (err as { generatedMessage: boolean }).generatedMessage)
}
