// readFileSync returns the contents at once; a missing file throws synchronously.
const fs = require('fs')

const data = fs.readFileSync('config.json', 'utf8')
const config = JSON.parse(data)
console.log(config.name, config.port)
try {
  fs.readFileSync('missing.json')
} catch (err) {
  console.log('caught', (err as NodeJS.ErrnoException).code, (err as Error).message)
}
