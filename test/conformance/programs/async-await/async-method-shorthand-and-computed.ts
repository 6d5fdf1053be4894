// Async methods in object literals, with computed keys and symbol keys, keep their names and behave alike.
const key = 'dyn' + 'amic'
const sym = Symbol('symMethod')
const api = {
  async plain() {
    return 'plain'
  },
  async [key]() {
    await null
    return 'dynamic'
  },
  async [sym]() {
    return 'symbol'
  },
}
console.log(api.plain.name, (api as Record<string, Function>)[key].name, api[sym].name)
console.log(await api.plain(), await (api as Record<string, () => Promise<string>>)[key](), await api[sym]())
