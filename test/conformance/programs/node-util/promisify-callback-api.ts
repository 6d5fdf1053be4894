// util.promisify turns an error-first callback API into one returning promises.
import util from 'node:util'

function fetchUser(id: number, callback: (err: Error | null, user?: { id: number; name: string }) => void) {
  setTimeout(() => {
    if (id < 0) callback(new Error(`no user ${id}`))
    else callback(null, { id, name: `user${id}` })
  }, 10)
}
const fetchUserAsync = util.promisify(fetchUser)
console.log(await fetchUserAsync(1))
try {
  await fetchUserAsync(-1)
} catch (err) {
  console.log('rejected:', (err as Error).message)
}
console.log(fetchUserAsync.name, fetchUserAsync.length)
