/**
 * The in-memory file system behind `node:fs`: directories and files (bytes
 * with their times), seeded by the lesson (`WorldConfig.files`) or the
 * program (`world.files({...})`), rooted at `/` with the program in
 * `/home/learner`. Operations are synchronous and either return their
 * result or throw an {@link FsFailure} naming the errno Linux would give;
 * the callers decide how long they take and how the error looks.
 */
import {
  ArrayPrototypePush,
  ArrayPrototypeSort,
  MapIteratorPrototypeNext,
  MapPrototypeDelete,
  MapPrototypeGet,
  MapPrototypeGetSize,
  MapPrototypeKeys,
  MapPrototypeSet,
  NativeMap,
  NativeUint8Array,
  StringPrototypeSlice,
  StringPrototypeSplit,
  TypedArrayPrototypeSet,
} from '../../primordials.ts'

/** Linux's errno for each failure the file system reports. */
export const ERRNO = { ENOENT: -2, EBADF: -9, EEXIST: -17, ENOTDIR: -20, EISDIR: -21, EINVAL: -22, ENOTEMPTY: -39 } as const
export type ErrnoCode = keyof typeof ERRNO

/** A failed operation: what Node turns into `ENOENT: no such file or directory, open 'x'`. */
export class FsFailure {
  constructor(
    readonly code: ErrnoCode,
    /** The system call Node names (`open`, `scandir`, `mkdir`…). */
    readonly syscall: string,
    /** Whether the message names the path (EISDIR on `read` does not). */
    readonly withPath = true,
  ) {}
}

export interface FileNode {
  readonly kind: 'file'
  bytes: Uint8Array
  mtimeMs: number
  birthtimeMs: number
  readonly ino: number
}

export interface DirectoryNode {
  readonly kind: 'dir'
  readonly entries: Map<string, FileNode | DirectoryNode>
  mtimeMs: number
  birthtimeMs: number
  readonly ino: number
}

export type FsNode = FileNode | DirectoryNode

/** The file system of one run. `now()` gives wall-clock ms (the virtual Date) for file times. */
export class VirtualFileSystem {
  private nextIno = 1000
  readonly root: DirectoryNode

  constructor(private readonly now: () => number) {
    this.root = this.newDirectory()
    this.mkdirp('/home/learner')
    this.mkdirp('/tmp')
  }

  private newDirectory(): DirectoryNode {
    const t = this.now()
    return { kind: 'dir', entries: new NativeMap<string, FsNode>(), mtimeMs: t, birthtimeMs: t, ino: this.nextIno++ }
  }

  private newFile(bytes: Uint8Array): FileNode {
    const t = this.now()
    return { kind: 'file', bytes, mtimeMs: t, birthtimeMs: t, ino: this.nextIno++ }
  }

  /** The parts of an absolute, normalised path. */
  private parts(path: string): string[] {
    const list = StringPrototypeSplit(path, '/')
    const parts: string[] = []
    for (let i = 0; i < list.length; i++) if (list[i] !== '') ArrayPrototypePush(parts, list[i]!)
    return parts
  }

  /** The node at `path`, or a failure: ENOENT when something is missing, ENOTDIR when a file is in the way. */
  lookup(path: string, syscall: string): FsNode {
    const parts = this.parts(path)
    let node: FsNode = this.root
    for (let i = 0; i < parts.length; i++) {
      if (node.kind !== 'dir') throw new FsFailure('ENOTDIR', syscall)
      const next: FsNode | undefined = MapPrototypeGet(node.entries, parts[i]!)
      if (!next) throw new FsFailure('ENOENT', syscall)
      node = next
    }
    return node
  }

  exists(path: string): boolean {
    try {
      this.lookup(path, 'access')
      return true
    } catch {
      return false
    }
  }

  /** The directory holding `path` and the entry's name. */
  private parentOf(path: string, syscall: string): { dir: DirectoryNode; name: string } {
    const parts = this.parts(path)
    if (parts.length === 0) throw new FsFailure('EEXIST', syscall)
    const name = parts[parts.length - 1]!
    let node: FsNode = this.root
    for (let i = 0; i < parts.length - 1; i++) {
      if (node.kind !== 'dir') throw new FsFailure('ENOTDIR', syscall)
      const next: FsNode | undefined = MapPrototypeGet(node.entries, parts[i]!)
      if (!next) throw new FsFailure('ENOENT', syscall)
      node = next
    }
    if (node.kind !== 'dir') throw new FsFailure('ENOTDIR', syscall)
    return { dir: node, name }
  }

  readFile(path: string): Uint8Array {
    const node = this.lookup(path, 'open')
    if (node.kind === 'dir') throw new FsFailure('EISDIR', 'read', false)
    return node.bytes
  }

  /** Writes (flag `w`), appends (`a`) or creates exclusively (`wx`). */
  writeFile(path: string, bytes: Uint8Array, flag: string): void {
    const { dir, name } = this.parentOf(path, 'open')
    const existing = MapPrototypeGet(dir.entries, name)
    if (existing?.kind === 'dir') throw new FsFailure('EISDIR', 'open')
    if (existing && (flag === 'wx' || flag === 'ax')) throw new FsFailure('EEXIST', 'open')
    if (existing && (flag === 'a' || flag === 'ax' || flag === 'a+')) {
      const joined = new NativeUint8Array(existing.bytes.length + bytes.length)
      TypedArrayPrototypeSet(joined, existing.bytes, 0)
      TypedArrayPrototypeSet(joined, bytes, existing.bytes.length)
      existing.bytes = joined
      existing.mtimeMs = this.now()
      return
    }
    const copy = new NativeUint8Array(bytes.length)
    TypedArrayPrototypeSet(copy, bytes, 0)
    if (existing) {
      existing.bytes = copy
      existing.mtimeMs = this.now()
    } else {
      MapPrototypeSet(dir.entries, name, this.newFile(copy))
      dir.mtimeMs = this.now()
    }
  }

  /** Entry names, sorted (a real directory lists them in an order of its own; sorted is what programs expect). */
  readdir(path: string): { name: string; node: FsNode }[] {
    const node = this.lookup(path, 'scandir')
    if (node.kind !== 'dir') throw new FsFailure('ENOTDIR', 'scandir')
    const names: string[] = []
    const keys = MapPrototypeKeys(node.entries)
    for (let step = MapIteratorPrototypeNext(keys); !step.done; step = MapIteratorPrototypeNext(keys)) ArrayPrototypePush(names, step.value)
    ArrayPrototypeSort(names, (a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const list: { name: string; node: FsNode }[] = []
    for (let i = 0; i < names.length; i++) ArrayPrototypePush(list, { name: names[i]!, node: MapPrototypeGet(node.entries, names[i]!)! })
    return list
  }

  /** `mkdir`; with `recursive`, returns the first directory it created (or undefined if none). */
  mkdir(path: string, recursive: boolean): string | undefined {
    if (!recursive) {
      const { dir, name } = this.parentOf(path, 'mkdir')
      if (MapPrototypeGet(dir.entries, name)) throw new FsFailure('EEXIST', 'mkdir')
      MapPrototypeSet(dir.entries, name, this.newDirectory())
      dir.mtimeMs = this.now()
      return undefined
    }
    return this.mkdirp(path)
  }

  private mkdirp(path: string): string | undefined {
    const parts = this.parts(path)
    let node: FsNode = this.root
    let first: string | undefined
    let at = ''
    for (let i = 0; i < parts.length; i++) {
      at += `/${parts[i]!}`
      if (node.kind !== 'dir') throw new FsFailure('ENOTDIR', 'mkdir')
      let next: FsNode | undefined = MapPrototypeGet(node.entries, parts[i]!)
      if (!next) {
        next = this.newDirectory()
        MapPrototypeSet(node.entries, parts[i]!, next)
        first ??= at
      }
      node = next
    }
    if (node.kind !== 'dir') throw new FsFailure('EEXIST', 'mkdir')
    return first
  }

  unlink(path: string): void {
    const { dir, name } = this.parentOf(path, 'unlink')
    const node = MapPrototypeGet(dir.entries, name)
    if (!node) throw new FsFailure('ENOENT', 'unlink')
    if (node.kind === 'dir') throw new FsFailure('EISDIR', 'unlink')
    MapPrototypeDelete(dir.entries, name)
    dir.mtimeMs = this.now()
  }

  rmdir(path: string): void {
    const { dir, name } = this.parentOf(path, 'rmdir')
    const node = MapPrototypeGet(dir.entries, name)
    if (!node) throw new FsFailure('ENOENT', 'rmdir')
    if (node.kind !== 'dir') throw new FsFailure('ENOTDIR', 'rmdir')
    if (MapPrototypeGetSize(node.entries) > 0) throw new FsFailure('ENOTEMPTY', 'rmdir')
    MapPrototypeDelete(dir.entries, name)
  }

  /** `rm`: a file, or a directory with everything in it when `recursive`. Returns false for a directory without it. */
  rm(path: string, recursive: boolean, force: boolean): boolean {
    let node: FsNode
    try {
      node = this.lookup(path, 'lstat')
    } catch (failure) {
      if (force && failure instanceof FsFailure && failure.code === 'ENOENT') return true
      throw failure
    }
    if (node.kind === 'dir' && !recursive) return false
    const { dir, name } = this.parentOf(path, 'rm')
    MapPrototypeDelete(dir.entries, name)
    return true
  }

  rename(from: string, to: string): void {
    const source = this.parentOf(from, 'rename')
    const node = MapPrototypeGet(source.dir.entries, source.name)
    if (!node) throw new FsFailure('ENOENT', 'rename')
    const target = this.parentOf(to, 'rename')
    const existing = MapPrototypeGet(target.dir.entries, target.name)
    if (existing?.kind === 'dir' && node.kind !== 'dir') throw new FsFailure('EISDIR', 'rename')
    MapPrototypeDelete(source.dir.entries, source.name)
    MapPrototypeSet(target.dir.entries, target.name, node)
  }

  copyFile(from: string, to: string, exclusive: boolean): void {
    const node = this.lookup(from, 'copyfile')
    if (node.kind === 'dir') throw new FsFailure('EISDIR', 'copyfile')
    const target = this.parentOf(to, 'copyfile')
    if (exclusive && MapPrototypeGet(target.dir.entries, target.name)) throw new FsFailure('EEXIST', 'copyfile')
    this.writeFile(to, node.bytes, 'w')
  }

  /** What `stat` reports as the size. */
  size(node: FsNode): number {
    return node.kind === 'file' ? node.bytes.length : 4096
  }
}

/** `a/b` of `/home/learner/a/b`: not needed by callers, kept for labels. */
export function shortLabel(path: string): string {
  const home = '/home/learner/'
  return path.length > home.length && StringPrototypeSlice(path, 0, home.length) === home ? StringPrototypeSlice(path, home.length) : path
}
