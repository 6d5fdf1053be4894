/** `fs.Stats` and `fs.Dirent`, with Node's fields in Node's order. */
import { MathCeil, ObjectDefineProperty } from '../../primordials.ts'
import type { FsNode } from './vfs.ts'

const S_IFREG = 0o100000
const S_IFDIR = 0o040000
const kType = Symbol('type')
const UV_DIRENT_FILE = 1
const UV_DIRENT_DIR = 2

export function createStatsClasses(makeDate: (ms: number) => unknown) {
  class Stats {
    dev = 2049
    mode: number
    nlink: number
    uid = 1000
    gid = 1000
    rdev = 0
    blksize = 4096
    ino: number
    size: number
    blocks: number
    atimeMs: number
    mtimeMs: number
    ctimeMs: number
    birthtimeMs: number
    atime: unknown
    mtime: unknown
    ctime: unknown
    birthtime: unknown
    constructor(node: FsNode) {
      const isDir = node.kind === 'dir'
      this.mode = isDir ? S_IFDIR | 0o755 : S_IFREG | 0o644
      this.nlink = isDir ? 2 : 1
      this.ino = node.ino
      this.size = isDir ? 4096 : node.bytes.length
      this.blocks = MathCeil(this.size / 4096) * 8
      this.atimeMs = node.mtimeMs
      this.mtimeMs = node.mtimeMs
      this.ctimeMs = node.mtimeMs
      this.birthtimeMs = node.birthtimeMs
      this.atime = makeDate(node.mtimeMs)
      this.mtime = makeDate(node.mtimeMs)
      this.ctime = makeDate(node.mtimeMs)
      this.birthtime = makeDate(node.birthtimeMs)
    }
    isFile(): boolean {
      return (this.mode & 0o170000) === S_IFREG
    }
    isDirectory(): boolean {
      return (this.mode & 0o170000) === S_IFDIR
    }
    isSymbolicLink(): boolean {
      return false
    }
    isFIFO(): boolean {
      return false
    }
    isSocket(): boolean {
      return false
    }
    isBlockDevice(): boolean {
      return false
    }
    isCharacterDevice(): boolean {
      return false
    }
  }

  class Dirent {
    name: string
    parentPath: string
    path: string;
    declare [kType]: number
    constructor(name: string, node: FsNode, parentPath: string) {
      this.name = name
      this.parentPath = parentPath
      this.path = parentPath
      ObjectDefineProperty(this, kType, {
        value: node.kind === 'dir' ? UV_DIRENT_DIR : UV_DIRENT_FILE,
        writable: true,
        enumerable: true,
        configurable: true,
      })
    }
    isFile(): boolean {
      return this[kType] === UV_DIRENT_FILE
    }
    isDirectory(): boolean {
      return this[kType] === UV_DIRENT_DIR
    }
    isSymbolicLink(): boolean {
      return false
    }
  }

  return { Stats, Dirent }
}
