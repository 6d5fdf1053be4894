// @host browser
// Event as Chromium has it: isTrusted on each instance, the phase constants on instances too, cancelBubble still set after a dispatch (the standard would clear it), the legacy initializers.
const event = new Event('ping', { cancelable: true })
console.log('own keys', Object.keys(event).join(','), 'AT_TARGET', event.AT_TARGET, 'NONE', event.NONE)
console.log('isTrusted', event.isTrusted, Object.getOwnPropertyDescriptor(event, 'isTrusted')?.configurable)
const target = new EventTarget()
target.addEventListener('ping', (e) => {
  e.cancelBubble = true
  e.returnValue = false
  console.log('inside', e.eventPhase, e.cancelBubble, e.defaultPrevented, e.srcElement === target)
})
console.log('dispatch returned', target.dispatchEvent(event))
console.log('after', event.eventPhase, event.cancelBubble, event.defaultPrevented, event.currentTarget)
const legacy = new Event('a')
legacy.initEvent('b', true, true)
console.log('initEvent', legacy.type, legacy.bubbles, legacy.cancelable)
const message = new MessageEvent('message', { data: 1 })
message.initMessageEvent('other', false, false, 'payload', 'https://example.test', '7')
console.log('initMessageEvent', message.type, message.data, message.origin, message.lastEventId, message.userActivation)
try {
  Object.getOwnPropertyDescriptor(Event.prototype, 'type')!.get!.call({})
} catch (error) {
  console.log((error as Error).name, (error as Error).message)
}
console.log('done')
