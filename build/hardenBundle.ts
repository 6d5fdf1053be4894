/**
 * esbuild's bundles define properties through a helper (`__defProp`, used by
 * `keepNames` for function names) that passes object-literal descriptors to
 * `Object.defineProperty`. In the sandbox that call can happen after the
 * learner's program has put `get`/`set` on Object.prototype, which would turn
 * those descriptors invalid. The helper is replaced by one that copies each
 * descriptor into a null-prototype object, with intrinsics captured when the
 * bundle starts.
 */
const ORIGINAL = 'var __defProp = Object.defineProperty;'
const HARDENED =
  'var __defProp = ((define, create, assign) => (target, key, descriptor) => define(target, key, assign(create(null), descriptor)))(Object.defineProperty, Object.create, Object.assign);'

export function hardenBundle(code: string): string {
  if (!code.includes(ORIGINAL)) return code
  return code.replace(ORIGINAL, HARDENED)
}
