import { inspect } from 'node:util'
// Event's fields are accessors on Event.prototype reading internal state, as in Node: an event has no own keys, prints its four fields, and a getter called on anything else is refused.
const event = new Event('ping', { cancelable: true })
console.log(Object.keys(event), Object.keys(Event.prototype))
console.log(Object.keys(Event), Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE)
for (const key of ['type', 'target', 'cancelBubble', 'returnValue', 'isTrusted', 'initEvent']) {
  const d = Object.getOwnPropertyDescriptor(Event.prototype, key)!
  console.log(key, typeof d.get, typeof d.set, typeof d.value, d.enumerable, d.configurable, d.get?.name ?? d.value?.name)
}
// timeStamp is the host's clock: shown as T.
const show = (value: unknown) => inspect(value).replace(/timeStamp: [\d.]+/g, 'timeStamp: T')
console.log(show(event))
console.log(String(event), Object.prototype.toString.call(Event.prototype))
try {
  Object.getOwnPropertyDescriptor(Event.prototype, 'type')!.get!.call({})
} catch (error) {
  console.log((error as Error).name, (error as { code?: string }).code, (error as Error).message)
}
const target = new EventTarget()
target.addEventListener('ping', (e) => {
  console.log('listener', e.type, e.target === target, e.currentTarget === target, e.srcElement === target, e.eventPhase)
  e.preventDefault()
  e.cancelBubble = true
  console.log('inside', e.defaultPrevented, e.returnValue, e.cancelBubble, e.composedPath().length)
})
console.log('dispatch returned', target.dispatchEvent(event))
console.log('after', event.target === target, event.currentTarget, event.eventPhase, event.cancelBubble, event.defaultPrevented)
const plain = new Event('a')
plain.initEvent('b', true, true)
console.log(plain.type, plain.bubbles, plain.cancelable, plain.isTrusted)
const custom = new CustomEvent('c', { detail: { n: 1 } })
console.log(custom.detail, Object.keys(custom), Object.keys(CustomEvent.prototype), show(custom))
console.log(show(new MessageEvent('message', { data: 7 })))
console.log(show([new Event('nested')]), show({ deep: { deeper: { deepest: new Event('far') } } }))
console.log('userActivation' in MessageEvent.prototype, 'initMessageEvent' in MessageEvent.prototype, Object.keys(MessageEvent.prototype))
