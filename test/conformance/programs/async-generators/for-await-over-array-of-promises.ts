// for await over an array of promises awaits each in order, even when later ones settle first.
const delayed = (v: string, ms: number) => new Promise<string>((r) => setTimeout(() => { console.log('settled', v); r(v) }, ms))
const items = [delayed('slow', 30), delayed('fast', 5), 'plain', delayed('medium', 15)]
for await (const v of items) console.log('loop got', v)
console.log('done')
