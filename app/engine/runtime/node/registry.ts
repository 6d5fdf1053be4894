import { NODE_CONSOLE_KEYS } from '../console/consoleKeys.ts'

/**
 * The catalog of Node's built-in modules that Looplab models, shared by the
 * compile step (which resolves `import … from 'node:x'`, `'x'` and
 * `require('x')`, and refuses anything else with a sentence saying what is
 * modelled instead) and by the runtime (which builds each module's exports on
 * first use, see modules.ts). Pure data: no runtime code is imported here, so
 * the compiler worker can use it.
 */

/** One modelled module: its canonical name (without `node:`) and the names it exports (besides `default`). */
export interface ModuleEntry {
  readonly id: string
  readonly exports: readonly string[]
}

const TIMER_FUNCTIONS = ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate']

const UTIL_TYPES = [
  'isAnyArrayBuffer',
  'isArgumentsObject',
  'isArrayBuffer',
  'isArrayBufferView',
  'isAsyncFunction',
  'isBigInt64Array',
  'isBigIntObject',
  'isBooleanObject',
  'isBoxedPrimitive',
  'isDataView',
  'isDate',
  'isFloat32Array',
  'isFloat64Array',
  'isGeneratorFunction',
  'isGeneratorObject',
  'isInt8Array',
  'isInt16Array',
  'isInt32Array',
  'isMap',
  'isMapIterator',
  'isNativeError',
  'isNumberObject',
  'isPromise',
  'isProxy',
  'isRegExp',
  'isSet',
  'isSetIterator',
  'isSharedArrayBuffer',
  'isStringObject',
  'isSymbolObject',
  'isTypedArray',
  'isUint8Array',
  'isUint8ClampedArray',
  'isUint16Array',
  'isUint32Array',
  'isBigUint64Array',
  'isWeakMap',
  'isWeakSet',
]

const FS_CALLBACK = [
  'access',
  'appendFile',
  'copyFile',
  'exists',
  'mkdir',
  'readdir',
  'readFile',
  'rename',
  'rm',
  'rmdir',
  'stat',
  'lstat',
  'unlink',
  'writeFile',
]

const FS_PROMISES = [
  'access',
  'appendFile',
  'copyFile',
  'mkdir',
  'readdir',
  'readFile',
  'rename',
  'rm',
  'rmdir',
  'stat',
  'lstat',
  'unlink',
  'writeFile',
]

const ASSERT = [
  'AssertionError',
  'deepEqual',
  'deepStrictEqual',
  'doesNotReject',
  'doesNotThrow',
  'equal',
  'fail',
  'ifError',
  'match',
  'doesNotMatch',
  'notDeepEqual',
  'notDeepStrictEqual',
  'notEqual',
  'notStrictEqual',
  'ok',
  'rejects',
  'strict',
  'strictEqual',
  'throws',
]

const PATH = [
  'basename',
  'delimiter',
  'dirname',
  'extname',
  'format',
  'isAbsolute',
  'join',
  'normalize',
  'parse',
  'posix',
  'relative',
  'resolve',
  'sep',
  'toNamespacedPath',
]

const HTTP = ['createServer', 'get', 'request', 'Server', 'IncomingMessage', 'ServerResponse', 'ClientRequest', 'STATUS_CODES', 'METHODS']

/** Every module Looplab models, by canonical name. */
export const NODE_MODULES: readonly ModuleEntry[] = [
  {
    id: 'events',
    exports: [
      'EventEmitter',
      'once',
      'on',
      'getEventListeners',
      'getMaxListeners',
      'setMaxListeners',
      'listenerCount',
      'addAbortListener',
      'errorMonitor',
      'captureRejectionSymbol',
      'captureRejections',
      'defaultMaxListeners',
      'usingDomains',
      'init',
    ],
  },
  { id: 'timers', exports: [...TIMER_FUNCTIONS, 'promises'] },
  { id: 'timers/promises', exports: ['setTimeout', 'setImmediate', 'setInterval', 'scheduler'] },
  {
    id: 'util',
    exports: [
      'promisify',
      'callbackify',
      'inspect',
      'format',
      'formatWithOptions',
      'isDeepStrictEqual',
      'types',
      'inherits',
      'deprecate',
      'debuglog',
      'debug',
      'isArray',
      'isBoolean',
      'isBuffer',
      'isDate',
      'isError',
      'isFunction',
      'isNull',
      'isNullOrUndefined',
      'isNumber',
      'isObject',
      'isPrimitive',
      'isRegExp',
      'isString',
      'isSymbol',
      'isUndefined',
      'stripVTControlCharacters',
      'TextEncoder',
      'TextDecoder',
    ],
  },
  { id: 'util/types', exports: UTIL_TYPES },
  { id: 'buffer', exports: ['Buffer', 'kMaxLength', 'constants'] },
  {
    id: 'fs',
    exports: [
      ...FS_CALLBACK,
      ...FS_CALLBACK.filter((name) => name !== 'exists').map((name) => `${name}Sync`),
      'existsSync',
      'promises',
      'constants',
      'createReadStream',
      'createWriteStream',
      'ReadStream',
      'WriteStream',
      'Stats',
      'Dirent',
    ],
  },
  { id: 'fs/promises', exports: [...FS_PROMISES, 'constants'] },
  { id: 'http', exports: HTTP },
  { id: 'https', exports: HTTP },
  { id: 'path', exports: PATH },
  { id: 'assert', exports: ASSERT },
  { id: 'assert/strict', exports: ASSERT },
  {
    id: 'os',
    exports: [
      'EOL',
      'arch',
      'availableParallelism',
      'cpus',
      'freemem',
      'homedir',
      'hostname',
      'platform',
      'release',
      'tmpdir',
      'totalmem',
      'type',
      'uptime',
    ],
  },
  { id: 'readline', exports: ['createInterface', 'Interface', 'promises'] },
  { id: 'readline/promises', exports: ['createInterface', 'Interface'] },
  {
    id: 'process',
    exports: [
      'nextTick',
      'exit',
      'exitCode',
      'env',
      'argv',
      'platform',
      'pid',
      'version',
      'versions',
      'stdin',
      'stdout',
      'stderr',
      'hrtime',
      'cwd',
      'memoryUsage',
      'uptime',
      'emitWarning',
      'on',
      'once',
      'off',
      'emit',
    ],
  },
  {
    id: 'perf_hooks',
    exports: [
      'Performance',
      'PerformanceEntry',
      'PerformanceMark',
      'PerformanceMeasure',
      'PerformanceObserver',
      'PerformanceObserverEntryList',
      'performance',
    ],
  },
  {
    // Node's node:console is the global console itself (its methods, and Console).
    id: 'console',
    exports: NODE_CONSOLE_KEYS,
  },
  { id: 'url', exports: ['URL', 'URLSearchParams', 'fileURLToPath', 'pathToFileURL', 'parse'] },
  { id: 'worker_threads', exports: ['Worker', 'isMainThread', 'parentPort', 'workerData', 'threadId'] },
]

/** What to use instead of a Node module Looplab does not model. */
const INSTEAD: Readonly<Record<string, string>> = {
  child_process: 'for work in parallel use node:worker_threads or world.createWorker(fn)',
  cluster: 'for work in parallel use node:worker_threads or world.createWorker(fn)',
  net: 'for servers use node:http (its createServer listens on the simulated world), for messages world.channel()',
  dgram: 'for messages use world.channel()',
  tls: 'node:https is modelled like node:http',
  http2: 'node:http is modelled',
  stream: 'EventEmitter (node:events), async iterators and world.channel() are modelled',
  'stream/promises': 'EventEmitter (node:events), async iterators and world.channel() are modelled',
  crypto: 'Math.random() is seeded and deterministic',
  dns: 'fetch resolves every host on the simulated network',
  zlib: 'world.cpu(ms) stands in for CPU-heavy work',
  vm: 'programs cannot build code from strings in Looplab',
  async_hooks: 'the trace shows what caused what',
  child: 'world.createWorker(fn)',
}

/** Popular npm packages and what does their job in Looplab. */
const PACKAGES: Readonly<Record<string, string>> = {
  express: 'use node:http: createServer((req, res) => …) listens on the simulated world',
  koa: 'use node:http: createServer((req, res) => …) listens on the simulated world',
  fastify: 'use node:http: createServer((req, res) => …) listens on the simulated world',
  axios: 'use the global fetch (it reaches the simulated network)',
  'node-fetch': 'use the global fetch (it reaches the simulated network)',
  got: 'use the global fetch (it reaches the simulated network)',
  'p-limit': 'write the limiter yourself: lesson 7 shows how',
  bluebird: 'use the global Promise',
  async: 'use async/await and Promise.all',
  rxjs: 'use EventEmitter (node:events) and async iterators',
}

const BY_ID = new Map<string, ModuleEntry>(NODE_MODULES.map((entry) => [entry.id, entry]))

/** The modules a program can import, as a learner reads them: `node:events, node:timers, …`. */
export function modelledModuleList(): string {
  return NODE_MODULES.map((entry) => `node:${entry.id}`).join(', ')
}

/** How `import … from specifier` (or `require(specifier)`) resolves. */
export type ModuleResolution = { ok: true; entry: ModuleEntry } | { ok: false; message: string }

/**
 * Resolves a module specifier as Node resolves a built-in: `node:x` or a
 * bare `x` (for modules that exist without the prefix). Anything else gets
 * a sentence naming the module and what Looplab models instead.
 */
export function resolveModuleSpecifier(specifier: string): ModuleResolution {
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier
  const entry = BY_ID.get(bare)
  if (entry) return { ok: true, entry }
  return { ok: false, message: refusal(specifier, bare) }
}

function refusal(specifier: string, bare: string): string {
  const modelled = `Looplab models these Node modules: ${modelledModuleList()}.`
  const instead = INSTEAD[bare]
  if (specifier.startsWith('node:') || instead !== undefined) {
    return `Looplab does not model the Node module '${specifier}'${instead ? `: ${instead}` : ''}. ${modelled}`
  }
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    return `A Looplab program is a single file, so '${specifier}' cannot be imported: put what it holds in this file. ${modelled}`
  }
  const packageName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!
  const hint = PACKAGES[packageName]
  return `Looplab programs cannot install packages, so '${specifier}' is not available${hint ? `: ${hint}` : ''}. ${modelled}`
}

/** Whether `name` is an export of `entry` (its `default` always is). */
export function hasExport(entry: ModuleEntry, name: string): boolean {
  return name === 'default' || entry.exports.includes(name)
}
