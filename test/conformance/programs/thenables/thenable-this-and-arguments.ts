// then is called with the thenable as this and two fresh resolving functions of length 1.
const thenable = {
  tag: 'me',
  then(this: { tag: string }, ...args: Function[]) {
    console.log('this.tag =', this.tag, 'args =', args.length)
    console.log('types', typeof args[0], typeof args[1], 'lengths', args[0].length, args[1].length)
    args[0]('ok')
  },
}
Promise.resolve(thenable).then((v) => console.log('value', v))
Promise.resolve(thenable).then((v) => console.log('value again', v))
