// Promise.any rejects with an AggregateError whose errors are in input order once every entry has rejected.
const rejectAfter = (ms: number, why: string) => new Promise((_, rej) => setTimeout(() => rej(why), ms))
try {
  await Promise.any([rejectAfter(20, 'slow'), Promise.reject('immediate'), rejectAfter(5, 'fast')])
} catch (e) {
  const agg = e as AggregateError
  console.log(agg.constructor.name, agg instanceof AggregateError, agg instanceof Error)
  console.log('errors:', agg.errors)
  console.log('message:', agg.message)
  console.log('errors is array:', Array.isArray(agg.errors))
}
const first = await Promise.any([Promise.reject('a'), rejectAfter(1, 'b'), new Promise((r) => setTimeout(() => r('winner'), 10))])
console.log('any fulfilled with', first)
