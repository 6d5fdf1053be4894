// TypeScript-only syntax (interfaces, generics, access modifiers, abstract, satisfies, as) stripped to plain JS at runtime.
interface Repo<T extends { id: number }> {
  get(id: number): Promise<T | undefined>
}
abstract class BaseRepo<T extends { id: number }> implements Repo<T> {
  protected items = new Map<number, T>()
  abstract label(): string
  async get(id: number): Promise<T | undefined> {
    await null
    return this.items.get(id)
  }
  add(item: T): this {
    this.items.set(item.id, item)
    return this
  }
}
type User = { id: number; name: string }
class UserRepo extends BaseRepo<User> {
  public constructor(private readonly prefix: string) {
    super()
  }
  label() {
    return `${this.prefix}(${this.items.size})`
  }
}
const repo = new UserRepo('users').add({ id: 1, name: 'ann' }).add({ id: 2, name: 'bob' })
const found = (await repo.get(2)) as User
const missing = await repo.get(3)
const cfg = { mode: 'fast' } satisfies { mode: string }
console.log(repo.label(), found.name, missing, cfg.mode, Object.keys(repo).join(','))
function identity<T>(v: T): T {
  return v
}
console.log(identity<number>(5), identity<string>('s'), (<T,>(x: T) => [x, x])(1))
