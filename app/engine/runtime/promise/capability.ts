/**
 * A PromiseCapability record. When `internal` is true the promise is one of
 * the runtime's own (%Promise%) and its resolving functions were never
 * exposed, so they are not created: `alreadyResolved` stands in for theirs.
 */
export interface Capability {
  promise: object
  resolve: ((value: unknown) => unknown) | undefined
  reject: ((reason: unknown) => unknown) | undefined
  internal: boolean
  alreadyResolved: boolean
}
