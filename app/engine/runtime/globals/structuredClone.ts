import {
  ArrayIsArray,
  ArrayStore,
  DatePrototypeGetTime,
  MapIteratorPrototypeNext,
  MapPrototypeEntries,
  MapPrototypeGet,
  MapPrototypeSet,
  NativeDate,
  NativeFunction,
  NativeUint8Array,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectPrototypeHasOwnProperty,
  NativeMap,
  NativeSet,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectPrototype,
  ReflectApply,
  SetIteratorPrototypeNext,
  SetPrototypeAdd,
  SetPrototypeValues,
  StringCtor,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
} from '../primordials.ts'

type TypedArrayCtor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => ArrayBufferView
/** The typed array constructors as the realm started, by their toStringTag (a copy never runs the program's species or slice). */
const TYPED_ARRAYS = new NativeMap<string, TypedArrayCtor>()
for (const ctor of [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
]) {
  MapPrototypeSet(TYPED_ARRAYS, ctor.name, ctor as unknown as TypedArrayCtor)
}
const NativeDataView = DataView
// eslint-disable-next-line @typescript-eslint/unbound-method -- captured before the program runs; a static function that ignores `this`
const ArrayBufferIsView = ArrayBuffer.isView
const dataViewGetter = (name: 'buffer' | 'byteOffset' | 'byteLength') => {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- captured before the program runs, called with Reflect.apply on the view
  const get = Object.getOwnPropertyDescriptor(DataView.prototype, name)!.get!
  return (view: DataView) => Reflect.apply(get, view, []) as never
}
const DataViewBuffer = dataViewGetter('buffer') as (view: DataView) => ArrayBuffer
const DataViewByteOffset = dataViewGetter('byteOffset') as (view: DataView) => number
const DataViewByteLength = dataViewGetter('byteLength') as (view: DataView) => number

/** The whole ArrayBuffer copied once per clone, so views sharing a buffer still share the copy. */
function cloneBuffer(buffer: ArrayBuffer, memory: Map<object, unknown>): ArrayBuffer {
  const seen = MapPrototypeGet(memory, buffer) as ArrayBuffer | undefined
  if (seen) return seen
  const copy = TypedArrayPrototypeGetBuffer(new NativeUint8Array(new NativeUint8Array(buffer)))
  MapPrototypeSet(memory, buffer, copy)
  return copy
}

/** A typed array or DataView over a copy of its buffer, at the same offset and length. */
function cloneView(view: ArrayBufferView, memory: Map<object, unknown>): ArrayBufferView {
  const tag = TypedArrayPrototypeGetSymbolToStringTag(view)
  const ctor = tag === undefined ? undefined : MapPrototypeGet(TYPED_ARRAYS, tag)
  if (ctor) {
    const buffer = cloneBuffer(TypedArrayPrototypeGetBuffer(view), memory)
    return new ctor(buffer, TypedArrayPrototypeGetByteOffset(view), TypedArrayPrototypeGetLength(view))
  }
  const dataView = view as DataView
  return new NativeDataView(cloneBuffer(DataViewBuffer(dataView), memory), DataViewByteOffset(dataView), DataViewByteLength(dataView))
}

/** CreateDataProperty: defines, so setters a program put on Object.prototype never fire. */
function createData(target: object, key: string, value: unknown): void {
  ObjectDefineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })
}

/** The error types V8's serializer keeps, by `name`; any other error comes back as an Error. */
const ERROR_TYPES: Record<string, ErrorConstructor> = {
  Error,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
}

/** An own data property's value, read without running a getter. */
function ownData(object: object, key: string): { value: unknown } | undefined {
  const descriptor = ObjectGetOwnPropertyDescriptor(object, key)
  return descriptor && 'value' in descriptor ? { value: descriptor.value } : undefined
}

/**
 * An error as V8's serializer copies it: the constructor its `name` names
 * (else Error), and own `stack`, `message` and `cause` (cloned), in that
 * order, none enumerable; no own `name`.
 */
function cloneError(value: Error, memory: Map<object, unknown>): Error {
  const name = (value as { name?: unknown }).name
  const Ctor = typeof name === 'string' && ObjectPrototypeHasOwnProperty(ERROR_TYPES, name) ? ERROR_TYPES[name]! : Error
  const copy = new Ctor()
  MapPrototypeSet(memory, value, copy)
  const define = (key: string, v: unknown) =>
    ObjectDefineProperty(copy, key, { value: v, writable: true, enumerable: false, configurable: true })
  const stack = ownData(value, 'stack')
  define('stack', typeof stack?.value === 'string' ? stack.value : '')
  const message = ownData(value, 'message')
  if (message !== undefined) define('message', StringCtor(message.value))
  const cause = ownData(value, 'cause')
  if (cause !== undefined) define('cause', structuredCloneValue(cause.value, memory))
  return copy
}

/**
 * The error structuredClone throws for values it cannot copy (a DOMException in hosts; an Error here).
 * V8 names a function by its source text: the realm's `Function.prototype.toString`, which shows the
 * learner's own source.
 */
function dataCloneError(value: unknown): Error {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with Reflect.apply on the function
  const shown = typeof value === 'function' ? StringCtor(ReflectApply(NativeFunction.prototype.toString, value, [])) : StringCtor(value)
  const error = new Error(`${shown} could not be cloned.`)
  error.name = 'DataCloneError'
  return error
}

/**
 * The structured clone algorithm for the values programs send through
 * channels and workers: primitives, arrays, plain objects, Map, Set, Date,
 * RegExp, errors, typed arrays; cycles preserved; functions refused.
 */
export function structuredCloneValue(value: unknown, memory = new NativeMap<object, unknown>()): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') throw dataCloneError(value)
  if (typeof value !== 'object' || value === null) return value
  const seen = MapPrototypeGet(memory, value)
  if (seen !== undefined) return seen
  if (value instanceof NativeDate) {
    const copy = new NativeDate(DatePrototypeGetTime(value))
    MapPrototypeSet(memory, value, copy)
    return copy
  }
  if (value instanceof RegExp) return new RegExp(value.source, value.flags)
  if (value instanceof NativeMap) {
    const copy = new NativeMap()
    MapPrototypeSet(memory, value, copy)
    const it = MapPrototypeEntries(value)
    for (let step = MapIteratorPrototypeNext(it); !step.done; step = MapIteratorPrototypeNext(it)) {
      const entry = step.value as [unknown, unknown]
      MapPrototypeSet(copy, structuredCloneValue(entry[0], memory), structuredCloneValue(entry[1], memory))
    }
    return copy
  }
  if (value instanceof NativeSet) {
    const copy = new NativeSet()
    MapPrototypeSet(memory, value, copy)
    const it = SetPrototypeValues(value)
    for (let step = SetIteratorPrototypeNext(it); !step.done; step = SetIteratorPrototypeNext(it))
      SetPrototypeAdd(copy, structuredCloneValue(step.value, memory))
    return copy
  }
  if (value instanceof Error) return cloneError(value, memory)
  if (ArrayBufferIsView(value)) {
    const copy = cloneView(value, memory)
    MapPrototypeSet(memory, value, copy)
    return copy
  }
  if (ArrayIsArray(value)) {
    const copy: unknown[] = []
    MapPrototypeSet(memory, value, copy)
    for (let i = 0; i < value.length; i++) if (i in value) ArrayStore(copy, i, structuredCloneValue(value[i], memory))
    return copy
  }
  const proto = ObjectGetPrototypeOf(value)
  if (proto !== ObjectPrototype && proto !== null) {
    // Class instances lose their class, as in the real algorithm.
  }
  const copy: Record<string, unknown> = {}
  MapPrototypeSet(memory, value, copy)
  const keys = ObjectKeys(value)
  for (let i = 0; i < keys.length; i++)
    createData(copy, keys[i]!, structuredCloneValue((value as Record<string, unknown>)[keys[i]!], memory))
  return copy
}
