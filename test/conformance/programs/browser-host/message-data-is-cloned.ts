// @host browser
// postMessage structured-clones its payload: mutations after posting do not show up, Maps survive, identity is lost.
const { port1, port2 } = new MessageChannel()
const payload = { count: 1, tags: new Map([['a', 1]]), nested: { list: [1, 2] } }
port2.onmessage = (e: MessageEvent) => {
  const d = e.data
  console.log('received count', d.count, 'same object', d === payload)
  console.log('map survives', d.tags instanceof Map, d.tags.get('a'))
  console.log('nested list', d.nested.list.join(','))
  console.log('done')
}
port1.postMessage(payload)
payload.count = 99
payload.nested.list.push(3)
console.log('mutated after posting')
