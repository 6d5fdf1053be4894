// Errors with cause, extra properties, AggregateError and subclasses (stacks pinned for determinism).
function pinned<E extends Error>(error: E): E {
  error.stack = `${error.name}: ${error.message}\n    at frame (program.ts:1:1)`
  return error
}
const root = pinned(new Error('disk not found'))
const err = pinned(new Error('could not save', { cause: root }))
console.log(err)
const withProps = pinned(new TypeError('bad input')) as TypeError & { code?: string; details?: unknown }
withProps.code = 'E_BAD'
withProps.details = { field: 'name' }
console.log(withProps)
console.log(pinned(new AggregateError([pinned(new Error('a')), pinned(new Error('b'))], 'many failed')))
class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message)
    this.name = 'HttpError'
  }
}
console.log(pinned(new HttpError(404, 'not found')))
console.log({ error: pinned(new RangeError('out of range')) })
const noStack = new Error('no stack')
noStack.stack = undefined
console.log(noStack, [noStack])
console.log(pinned(new Error('string cause', { cause: 'just a string' })))
