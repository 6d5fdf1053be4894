// MyP.resolve(native) wraps it in a new MyP (one extra adoption), while MyP.resolve(myp) returns it as is.
class MyP<T> extends Promise<T> {}
const native = Promise.resolve('n')
const mine = MyP.resolve('m')
console.log('wraps native:', MyP.resolve(native) !== (native as unknown), 'keeps own:', MyP.resolve(mine) === mine)
let p = Promise.resolve()
for (let i = 1; i <= 5; i++) p = p.then(() => console.log('tick', i))
MyP.resolve(native).then((v) => console.log('wrapped native settled', v))
MyP.resolve(mine).then((v) => console.log('own settled', v))
