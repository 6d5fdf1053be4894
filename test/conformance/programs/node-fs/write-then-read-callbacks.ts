// Nested callbacks: write a file, then read it back (the "callback hell" shape).
const fs = require('node:fs')

fs.writeFile('message.txt', 'Hello Node.js', 'utf8', (err: Error | null) => {
  if (err) throw err
  console.log('The file has been saved!')
  fs.readFile('message.txt', 'utf8', (err2: Error | null, data: string) => {
    if (err2) throw err2
    console.log('read back:', data)
    fs.unlink('message.txt', (err3: Error | null) => {
      if (err3) throw err3
      console.log('deleted, exists now?', fs.existsSync('message.txt'))
    })
  })
})
