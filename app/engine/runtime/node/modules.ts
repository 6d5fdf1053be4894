/**
 * The runtime side of the module registry: `$ll_rq(specifier, loc, form)`,
 * what `import … from 'node:x'` and `require('x')` compile to. Each module's
 * exports are built on first use, once per run, from the factories below
 * (one file per module); `form` 1 asks for the module namespace (named
 * exports plus `default`), 0 for the exports object itself (a default
 * import, `require`).
 */
import {
  MapPrototypeGet,
  MapPrototypeSet,
  NativeMap,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectFreeze,
  ReflectGet,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  SymbolToStringTag,
  TypeErrorCtor,
} from '../primordials.ts'
import { NODE_MODULES, type ModuleEntry } from './registry.ts'

/** Builds one module's exports object. */
export type ModuleFactory = () => object

export interface ModuleLoader {
  /** `$ll_rq`. */
  require: (specifier: string, loc: number, form: number) => unknown
}

/** Modules that exist under several names share one instance (`assert` and `assert/strict` differ, so they are separate). */
export function createModuleLoader(profile: 'node' | 'browser', factories: Readonly<Record<string, ModuleFactory>>): ModuleLoader {
  const entries = new NativeMap<string, ModuleEntry>()
  for (let i = 0; i < NODE_MODULES.length; i++) MapPrototypeSet(entries, NODE_MODULES[i]!.id, NODE_MODULES[i]!)
  const built = new NativeMap<string, { exports: object; namespace: object | undefined }>()

  function namespaceOf(entry: ModuleEntry, exports: object): object {
    const namespace = ObjectCreate(null) as Record<PropertyKey, unknown>
    const names = entry.exports
    for (let i = 0; i < names.length; i++) {
      ObjectDefineProperty(namespace, names[i]!, {
        value: ReflectGet(exports, names[i]!),
        writable: true,
        enumerable: true,
        configurable: false,
      })
    }
    ObjectDefineProperty(namespace, 'default', { value: exports, writable: true, enumerable: true, configurable: false })
    ObjectDefineProperty(namespace, SymbolToStringTag, { value: 'Module', writable: false, enumerable: false, configurable: false })
    return ObjectFreeze(namespace)
  }

  return {
    require(specifier, _loc, form) {
      const id = StringPrototypeStartsWith(specifier, 'node:') ? StringPrototypeSlice(specifier, 5) : specifier
      const entry = MapPrototypeGet(entries, id)
      if (entry && profile !== 'node') {
        throw new TypeErrorCtor(
          `'${specifier}' is one of Node's modules, and this program runs on the browser host: switch the host to Node to use it.`,
        )
      }
      const factory = factories[id]
      if (!entry || !factory) throw new TypeErrorCtor(`Looplab does not model the module '${specifier}'.`)
      let record = MapPrototypeGet(built, id)
      if (!record) {
        record = { exports: factory(), namespace: undefined }
        MapPrototypeSet(built, id, record)
      }
      if (form === 0) return record.exports
      record.namespace ??= namespaceOf(entry, record.exports)
      return record.namespace
    },
  }
}
