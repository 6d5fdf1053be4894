// Listening twice on one port: the second server gets an EADDRINUSE 'error' event.
import http from 'node:http'

const first = http.createServer()
first.listen(0, () => {
  const port = (first.address() as { port: number }).port
  const second = http.createServer()
  second.on('error', (err: NodeJS.ErrnoException) => {
    console.log('second server:', err.code, err.syscall)
    first.close(() => console.log('first closed'))
  })
  second.listen(port)
})
