// Promise.all keeps input order regardless of settlement order, mixing promises, plain values and thenables.
const delayed = (v: string, ms: number) => new Promise<string>((r) => setTimeout(() => { console.log('settle', v); r(v) }, ms))
const result = await Promise.all([
  delayed('slow', 30),
  'plain',
  delayed('fast', 5),
  { then: (r: (v: string) => void) => r('thenable') },
  Promise.resolve('resolved'),
  42,
])
console.log(result)
