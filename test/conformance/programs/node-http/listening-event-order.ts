// listen's callback and the 'listening' event come after the current code; 'close' after close().
import http from 'node:http'

const server = http.createServer()
server.on('listening', () => console.log('listening event'))
server.listen(0, () => {
  console.log('listen callback', server.listening)
  server.close(() => console.log('close callback', server.listening))
  server.on('close', () => console.log('close event'))
})
process.nextTick(() => console.log('nextTick'))
console.log('listen called', server.listening)
