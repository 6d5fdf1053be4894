// A thenable calling resolve and reject (in either order, repeatedly) only settles once, with the first call.
const resThenRej = { then(res: (v: string) => void, rej: (e: string) => void) { res('resolved first'); rej('ignored'); res('ignored too') } }
const rejThenRes = { then(res: (v: string) => void, rej: (e: string) => void) { rej('rejected first'); res('ignored') } }
Promise.resolve(resThenRej).then((v) => console.log('A fulfilled', v), (e) => console.log('A rejected', e))
Promise.resolve(rejThenRes).then((v) => console.log('B fulfilled', v), (e) => console.log('B rejected', e))
const lateCalls = {
  then(res: (v: string) => void, rej: (e: string) => void) {
    setTimeout(() => { rej('late reject'); console.log('C: after late reject') }, 5)
    setTimeout(() => { res('later resolve'); console.log('C: after later resolve (ignored)') }, 10)
  },
}
Promise.resolve(lateCalls).then((v) => console.log('C fulfilled', v), (e) => console.log('C rejected', e))
