// node:url: fileURLToPath gives __dirname-like paths in an ES module; legacy url.parse.
import { fileURLToPath, pathToFileURL } from 'node:url'
import path from 'node:path'
import url from 'node:url'

const __filename = fileURLToPath(import.meta.url)
const __dirname = path.dirname(__filename)
console.log(path.basename(__filename).startsWith('main.'), path.isAbsolute(__dirname), __dirname === path.dirname(fileURLToPath(import.meta.url)))
console.log(pathToFileURL('/tmp/some file.txt').href)
const parsed = url.parse('/search?q=node&page=2', true)
console.log(parsed.pathname, parsed.query, parsed.search)
