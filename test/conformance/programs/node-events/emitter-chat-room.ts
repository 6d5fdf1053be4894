// A tiny chat room built on an EventEmitter, with timers delivering messages.
import { EventEmitter } from 'node:events'

class Room extends EventEmitter {
  members = new Set<string>()
  join(name: string) {
    this.members.add(name)
    this.emit('join', name)
  }
  say(from: string, text: string) {
    this.emit('message', { from, text })
  }
}
const room = new Room()
room.on('join', (name: string) => console.log(`* ${name} joined (${room.members.size} here)`))
room.on('message', ({ from, text }: { from: string; text: string }) => console.log(`<${from}> ${text}`))
room.join('ada')
setTimeout(() => room.join('linus'), 20)
setTimeout(() => room.say('ada', 'hello'), 10)
setTimeout(() => room.say('linus', 'hi!'), 30)
