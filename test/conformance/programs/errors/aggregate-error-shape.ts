// AggregateError constructed directly: errors array copied from any iterable, message, cause, instanceof.
const errs = new Set([new Error('one'), 'two'])
const agg = new AggregateError(errs, 'many failures', { cause: 'root' })
console.log(agg.name, agg.message, agg.errors.length, Array.isArray(agg.errors), agg.cause)
console.log(agg.errors[0] instanceof Error, agg.errors[1])
console.log(agg instanceof AggregateError, agg instanceof Error, Object.keys(agg))
const fromAny = await Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => e)
console.log(fromAny.errors, fromAny.name)
