// Numbers (-0, NaN, Infinity, exponent forms, floats), bigint, booleans, null, undefined and symbols.
console.log(0, -0, NaN, Infinity, -Infinity)
console.log(1e21, 1e-7, 123456789012345680000, 0.1 + 0.2, 2 ** 53, -1.5, 5e-324)
console.log([0, -0, NaN, 1e21, 0.000001])
console.log(10n, -5n, 2n ** 70n, [1n])
console.log(true, false, null, undefined, [null, undefined, true])
console.log(Symbol('desc'), Symbol(), Symbol.iterator, [Symbol('in array')], Symbol.for('registered'))
console.log({ negZero: -0, big: 12345678901234567890n })
