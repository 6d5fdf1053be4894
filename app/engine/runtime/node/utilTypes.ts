/**
 * `util.types`: brand checks that see through the modeled runtime (its
 * promises are the runtime's own, its async functions are lowered), decided
 * without running the program's code.
 */
import { isAnyObject } from './values.ts'
import {
  boxedKind,
  isArgumentsObject,
  isArrayBuffer,
  isDataView,
  isDate,
  isMap,
  isMapIterator,
  isModuleNamespace,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isWeakMap,
  isWeakSet,
  nativeFunctionKind,
  typedArrayName,
} from '../console/brands.ts'
import type { InspectHost } from '../console/inspect.ts'
import { ObjectPrototypeToString } from '../primordials.ts'
import type { PromiseRealm } from '../promise/realm.ts'

export interface UtilTypesServices {
  realm: PromiseRealm
  host: InspectHost
  isAsyncGeneratorObject: (value: unknown) => boolean
}

type Check = (value: unknown) => boolean

export function createUtilTypes({ realm, host, isAsyncGeneratorObject }: UtilTypesServices): Record<string, Check> {
  const onObject =
    (check: (value: object) => boolean): Check =>
    (value) =>
      isAnyObject(value) && check(value)
  const typed = (name: string): Check => onObject((value) => typedArrayName(value) === name)
  const boxed = (kind: string): Check => onObject((value) => boxedKind(value) === kind)
  const fnKind = (value: object) => nativeFunctionKind(value) ?? host.functionKind?.(value as () => unknown)
  return {
    isAnyArrayBuffer: onObject((value) => isArrayBuffer(value) || isSharedArrayBuffer(value)),
    isArgumentsObject: onObject(isArgumentsObject),
    isArrayBuffer: onObject(isArrayBuffer),
    isArrayBufferView: onObject((value) => typedArrayName(value) !== undefined || isDataView(value)),
    isAsyncFunction: (value) =>
      typeof value === 'function' && (fnKind(value) === 'AsyncFunction' || fnKind(value) === 'AsyncGeneratorFunction'),
    isBigInt64Array: typed('BigInt64Array'),
    isBigIntObject: boxed('BigInt'),
    isBooleanObject: boxed('Boolean'),
    isBoxedPrimitive: onObject((value) => boxedKind(value) !== undefined),
    isDataView: onObject(isDataView),
    isDate: onObject(isDate),
    isFloat32Array: typed('Float32Array'),
    isFloat64Array: typed('Float64Array'),
    isGeneratorFunction: (value) =>
      typeof value === 'function' && (fnKind(value) === 'GeneratorFunction' || fnKind(value) === 'AsyncGeneratorFunction'),
    isGeneratorObject: onObject((value) => isAsyncGeneratorObject(value) || ObjectPrototypeToString(value) === '[object Generator]'),
    isInt8Array: typed('Int8Array'),
    isInt16Array: typed('Int16Array'),
    isInt32Array: typed('Int32Array'),
    isMap: onObject(isMap),
    isMapIterator: onObject(isMapIterator),
    isModuleNamespaceObject: onObject(isModuleNamespace),
    isNativeError: onObject((value) => ObjectPrototypeToString(value) === '[object Error]'),
    isNumberObject: boxed('Number'),
    isPromise: (value) => realm.slotsOf(value) !== undefined,
    isProxy: onObject((value) => host.proxyTarget(value) !== undefined),
    isRegExp: onObject(isRegExp),
    isSet: onObject(isSet),
    isSetIterator: onObject(isSetIterator),
    isSharedArrayBuffer: onObject(isSharedArrayBuffer),
    isStringObject: boxed('String'),
    isSymbolObject: boxed('Symbol'),
    isTypedArray: onObject((value) => typedArrayName(value) !== undefined),
    isUint8Array: typed('Uint8Array'),
    isUint8ClampedArray: typed('Uint8ClampedArray'),
    isUint16Array: typed('Uint16Array'),
    isUint32Array: typed('Uint32Array'),
    isBigUint64Array: typed('BigUint64Array'),
    isWeakMap: onObject(isWeakMap),
    isWeakSet: onObject(isWeakSet),
  }
}
