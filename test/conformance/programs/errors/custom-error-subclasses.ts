// Error subclasses with custom names and fields keep instanceof, name and toString across async boundaries.
class AppError extends Error {
  constructor(message: string, readonly code: number) {
    super(message)
    this.name = 'AppError'
  }
}
class NotFound extends AppError {
  constructor(what: string) {
    super(`${what} not found`, 404)
    this.name = 'NotFound'
  }
}
class Quiet extends Error {}
async function find(id: number) {
  await null
  if (id > 1) throw new NotFound('item ' + id)
  return id
}
try {
  await find(7)
} catch (e) {
  const err = e as NotFound
  console.log(err instanceof NotFound, err instanceof AppError, err instanceof Error)
  console.log(err.name, err.code, err.message, String(err))
  console.log(err.constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(err)) === AppError.prototype)
}
const q = new Quiet('quiet')
console.log(q.name, q.constructor.name, String(q))
