// access with fs.constants, existsSync, and the deprecated exists.
import fs from 'node:fs'

fs.writeFileSync('here.txt', '')
fs.access('here.txt', fs.constants.F_OK, (err) => console.log('here.txt', err ? 'does not exist' : 'exists'))
fs.access('gone.txt', fs.constants.F_OK, (err) => console.log('gone.txt', err ? 'does not exist' : 'exists'))
console.log(fs.existsSync('here.txt'), fs.existsSync('gone.txt'))
fs.exists('here.txt', (yes) => console.log('exists callback:', yes))
console.log(fs.constants.R_OK, fs.constants.W_OK)
