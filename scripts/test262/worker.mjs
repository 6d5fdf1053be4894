// Starts a test262 worker thread: TypeScript loading (tsx) does not carry over into worker threads by itself.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
