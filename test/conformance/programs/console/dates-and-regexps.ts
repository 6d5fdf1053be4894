// Fixed Date objects print as ISO strings; regexps, boxed primitives and invalid dates have their own forms.
console.log(new Date(0))
console.log([new Date(86400000 * 365.25 * 30)], { at: new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 250)) })
console.log(new Date(NaN))
console.log(/ab+c/gi, [/x/], new RegExp('a/b', 'm'))
console.log(new Number(3), new String('boxed'), new Boolean(false), Object(Symbol('boxed')), Object(5n))
console.log(new Date(0).toISOString(), JSON.stringify({ d: new Date(1000) }))
