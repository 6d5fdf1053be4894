// TextEncoder and TextDecoder round-trip UTF-8.
import { TextEncoder as TE, TextDecoder as TD } from 'node:util'

const bytes = new TE().encode('héllo ✓ 🚀')
console.log(bytes.length, Array.from(bytes.slice(0, 6)))
console.log(new TD().decode(bytes))
console.log(TE === TextEncoder, TD === TextDecoder)
console.log(new TextDecoder('utf-8').decode(new Uint8Array([0xe2, 0x82, 0xac])))
