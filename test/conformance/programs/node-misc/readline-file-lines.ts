// Counting lines and words of a file with readline's 'line' and 'close' events.
const fs = require('fs')
const readline = require('readline')

fs.writeFileSync('poem.txt', 'The fog comes\r\non little cat feet.\n\nIt sits looking\nover harbor and city')
const rl = readline.createInterface({ input: fs.createReadStream('poem.txt'), crlfDelay: Infinity })
let lines = 0
let words = 0
rl.on('line', (line: string) => {
  lines++
  words += line.split(/\s+/).filter(Boolean).length
})
rl.on('close', () => console.log(`${lines} lines, ${words} words`))
