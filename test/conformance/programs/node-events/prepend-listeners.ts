// prependListener and prependOnceListener put listeners at the front.
import { EventEmitter } from 'node:events'

const server = new EventEmitter()
server.on('connection', () => console.log('c'))
server.prependListener('connection', () => console.log('b'))
server.prependOnceListener('connection', () => console.log('a (once)'))
server.emit('connection')
server.emit('connection')
console.log(server.listeners('connection').length, server.rawListeners('connection').length)
