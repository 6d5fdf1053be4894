// Multiple arguments are joined by single spaces; objects among them are inspected, strings are raw.
console.log('a', 1, true, null, undefined, 'b')
console.log({ x: 1 }, 'between', [2])
console.log('trailing space? ', 'no')
console.log()
console.log('', '')
console.log(' leading', 'and', 'trailing ')
console.log('obj:', { nested: { str: 'quoted here' } }, 'raw here')
