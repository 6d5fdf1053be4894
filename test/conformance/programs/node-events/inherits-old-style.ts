// Old tutorials: a constructor function calls EventEmitter and util.inherits links the prototypes.
const EventEmitter = require('events')
const util = require('util')

function Radio(this: any, station: string) {
  EventEmitter.call(this)
  this.station = station
  setTimeout(() => this.emit('open', this.station), 1)
  setTimeout(() => this.emit('close', this.station), 2)
}
util.inherits(Radio, EventEmitter)
const radio = new (Radio as any)('FM 101')
radio.on('open', (s: string) => console.log('"%s" opened', s))
radio.on('close', (s: string) => console.log('"%s" closed', s))
console.log(radio instanceof EventEmitter, (Radio as any).super_ === EventEmitter)
