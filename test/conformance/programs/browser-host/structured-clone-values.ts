// @host browser
// structuredClone copies Maps, Sets, Dates, nested arrays and cycles; functions throw DataCloneError.
const original: any = {
  map: new Map([['k', { deep: [1, 2] }]]),
  set: new Set([1, 'two']),
  date: new Date(0),
  list: [1, [2, [3]]],
  re: /x/gi,
}
original.self = original
const copy = structuredClone(original)
console.log('different object', copy !== original, 'cycle kept', copy.self === copy)
console.log('map', copy.map instanceof Map, copy.map.get('k').deep.join(','), copy.map.get('k') !== original.map.get('k'))
console.log('set', [...copy.set].join(','), 'date', copy.date.toISOString(), 'regexp', String(copy.re))
console.log('list', JSON.stringify(copy.list))
try {
  structuredClone({ fn() {} })
} catch (e) {
  console.log('function:', (e as DOMException).name, e instanceof DOMException)
}
class Point {
  constructor(public x: number) {}
}
const p = structuredClone(new Point(3))
console.log('class instance becomes plain', p instanceof Point, p.x)
console.log('done')
