// A Proxy reveals which properties await, Promise.resolve and Promise.all read from a non-promise value.
const target = { then(res: (v: string) => void) { res('proxied') } }
const proxy = new Proxy(target, {
  get(t, key, r) {
    console.log('get', String(key))
    return Reflect.get(t, key, r)
  },
})
console.log('-- await')
const v = await proxy
console.log('value', v)
console.log('-- Promise.resolve')
await Promise.resolve(proxy)
console.log('-- Promise.all')
await Promise.all([proxy])
console.log('done')
