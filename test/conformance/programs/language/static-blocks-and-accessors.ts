// Static initialisation blocks run once in order with static fields; getters/setters with async work.
const log: string[] = []
class Config {
  static a = (log.push('field a'), 1)
  static {
    log.push('static block 1, a=' + Config.a)
  }
  static b = (log.push('field b'), Config.a + 1)
  static {
    log.push('static block 2, b=' + this.b)
  }
  #value = 0
  get value() {
    return this.#value
  }
  set value(v: number) {
    log.push(`set ${v}`)
    this.#value = v
  }
}
console.log(log.join(' | '))
const c = new Config()
c.value = 3
async function bump(cfg: Config) {
  const v = cfg.value
  await null
  cfg.value = v + 10
}
await Promise.all([bump(c), bump(c)])
console.log(c.value, log.slice(-3).join(' | '))
