// Buffer: from strings and arrays, encodings, concat, slicing and printing.
import { Buffer } from 'node:buffer'

const buf = Buffer.from('hello world', 'utf8')
console.log(buf)
console.log(buf.toString('hex'), buf.toString('base64'))
console.log(Buffer.from('aGVsbG8=', 'base64').toString(), Buffer.from([104, 105]).toString())
console.log(Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]), Buffer.byteLength('héllo'))
const slice = buf.subarray(0, 5)
slice[0] = 72
console.log(buf.toString(), slice.length, Buffer.isBuffer(slice), slice instanceof Uint8Array)
console.log(Buffer.alloc(3), Buffer.alloc(4, 'ab'), Buffer.from('€').length)
console.log(JSON.stringify(Buffer.from('hi')), buf.equals(Buffer.from('Hello world')), buf.indexOf('world'))
console.log(Buffer.from('a'.repeat(60)))
const b = Buffer.alloc(4)
b.writeUInt32BE(0xdeadbeef)
console.log(b, b.readUInt16LE(0), b.readUInt8(3))
