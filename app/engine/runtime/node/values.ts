/** Small value tests shared by Node's modules. */

/** An object or a function (something with properties of its own). */
export function isAnyObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function'
}
