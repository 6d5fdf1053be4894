// Template literals with awaited expressions, and tagged templates: strings, raw and the same strings object per site.
const fetchName = async () => 'World'
console.log(`Hello, ${await fetchName()}! ${1 + 1} ${[1, 2]} ${{}} ${null} ${undefined}`)
const seen = new Set<TemplateStringsArray>()
function tag(strings: TemplateStringsArray, ...values: unknown[]) {
  seen.add(strings)
  return strings.raw.map((r, i) => `[${r}]${i < values.length ? `<${String(values[i])}>` : ''}`).join('')
}
for (let i = 0; i < 3; i++) console.log(tag`a${i}\n${i * 2}z`)
console.log('same strings object reused:', seen.size === 1, Object.isFrozen([...seen][0]))
async function sql(strings: TemplateStringsArray, ...values: Array<Promise<unknown>>) {
  const resolved = await Promise.all(values)
  return strings.reduce((acc, s, i) => acc + s + (i < resolved.length ? `$${i + 1}=${resolved[i]}` : ''), '')
}
console.log(await sql`SELECT * WHERE a = ${Promise.resolve(1)} AND b = ${Promise.resolve('two')}`)
console.log(String.raw`C:\new\table ${'ok'}`)
