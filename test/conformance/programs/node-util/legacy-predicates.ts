// The legacy util.isX predicates and util.isArray.
import util from 'node:util'

console.log(util.isArray([]), util.isBoolean(false), util.isNull(null), util.isNullOrUndefined(undefined))
console.log(util.isNumber(1), util.isString('s'), util.isSymbol(Symbol()), util.isUndefined(undefined))
console.log(util.isObject({}), util.isObject(null), util.isPrimitive(1), util.isPrimitive({}))
console.log(util.isFunction(() => {}), util.isRegExp(/x/), util.isDate(new Date()), util.isError(new Error()))
console.log(util.stripVTControlCharacters('\u001B[4mvalue\u001B[0m'))
