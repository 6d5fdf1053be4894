// A read stream on a missing file emits 'error', then 'close'.
import fs from 'node:fs'

const stream = fs.createReadStream('ghost.txt')
stream.on('error', (err: NodeJS.ErrnoException) => console.log('error:', err.code, err.syscall))
stream.on('close', () => console.log('close'))
stream.on('data', () => console.log('never'))
