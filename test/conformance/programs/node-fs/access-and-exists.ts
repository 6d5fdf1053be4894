// access with fs.constants, existsSync, and the deprecated exists. Each call waits for the one before:
// calls in flight together finish in the order the real thread pool and disk happen to give.
import fs from 'node:fs'

fs.writeFileSync('here.txt', '')
fs.access('here.txt', fs.constants.F_OK, (err) => {
  console.log('here.txt', err ? 'does not exist' : 'exists')
  fs.access('gone.txt', fs.constants.F_OK, (err2) => {
    console.log('gone.txt', err2 ? 'does not exist' : 'exists')
    fs.exists('here.txt', (yes) => console.log('exists callback:', yes))
  })
})
console.log(fs.existsSync('here.txt'), fs.existsSync('gone.txt'))
console.log(fs.constants.R_OK, fs.constants.W_OK)
