// createWriteStream: writes go out in order; 'finish' after end(), then 'close'.
import fs from 'node:fs'

const out = fs.createWriteStream('out.csv')
out.on('open', () => console.log('opened'))
out.on('finish', () => console.log('finish, bytes:', out.bytesWritten))
out.on('close', () => {
  console.log('close')
  console.log(fs.readFileSync('out.csv', 'utf8'))
})
out.write('id,name\n')
for (let i = 1; i <= 3; i++) out.write(`${i},user${i}\n`)
out.end()
console.log('queued')
