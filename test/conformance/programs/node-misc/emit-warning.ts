// process.emitWarning: a 'warning' event on the next tick (Node also prints it on stderr).
process.on('warning', (warning: Error & { code?: string }) => {
  console.log('warning event:', warning.name, warning.code, warning.message)
})
process.emitWarning('Something happened!')
process.emitWarning('Watch out', 'CustomWarning', 'WARN001')
process.emitWarning('Old API', { type: 'DeprecationWarning', code: 'DEP0999', detail: 'Use the new one.' })
console.log('emitted three')
