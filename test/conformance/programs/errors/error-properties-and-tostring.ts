// Error name/message/toString rules, including empty messages, overridden names and the first stack line.
const e = new Error('msg')
console.log(String(e), e.name, e.message, Object.keys(e).length)
console.log(e.stack!.split('\n')[0])
const noMsg = new Error()
console.log(JSON.stringify(String(noMsg)), noMsg.message === '', Object.hasOwn(noMsg, 'message'))
const renamed = new RangeError('x')
renamed.name = 'Custom'
console.log(String(renamed), renamed instanceof RangeError)
const emptyName = new Error('only message')
emptyName.name = ''
console.log(String(emptyName))
console.log(Error.prototype.toString.call({ name: 'Fake', message: 'plain object' }))
console.log(Object.prototype.toString.call(e), typeof Error('callable without new'))
