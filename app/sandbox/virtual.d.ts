declare module 'virtual:looplab-sandbox-worker' {
  /** The sandbox worker's source, one classic script. */
  const source: string
  export default source
}
