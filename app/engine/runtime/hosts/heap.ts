import { ArrayStore } from '../primordials.ts'

/** A binary min-heap over the runtime's own array (no patchable array methods on the hot path). */
export class MinHeap<T> {
  private readonly items: T[] = []
  private count = 0

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.count
  }

  peek(): T | undefined {
    return this.count > 0 ? this.items[0] : undefined
  }

  push(item: T): void {
    const i = this.count++
    ArrayStore(this.items, i, item)
    this.siftUp(i)
  }

  pop(): T | undefined {
    if (this.count === 0) return undefined
    const items = this.items
    const top = items[0]!
    const last = items[--this.count]!
    items[this.count] = undefined as T
    if (this.count > 0) {
      items[0] = last
      this.siftDown(0)
    }
    return top
  }

  /** Re-establishes order after the top item's key changed. */
  percolateDownTop(): void {
    if (this.count > 0) this.siftDown(0)
  }

  /** Removes a specific item (linear search; heaps here stay small). */
  remove(item: T): boolean {
    const items = this.items
    for (let i = 0; i < this.count; i++) {
      if (items[i] !== item) continue
      const last = items[--this.count]!
      items[this.count] = undefined as T
      if (i < this.count) {
        items[i] = last
        this.siftDown(i)
        this.siftUp(i)
      }
      return true
    }
    return false
  }

  private siftUp(index: number): void {
    const items = this.items
    let i = index
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(items[i]!, items[parent]!)) break
      const swap = items[i]!
      items[i] = items[parent]!
      items[parent] = swap
      i = parent
    }
  }

  private siftDown(index: number): void {
    const items = this.items
    let i = index
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let smallest = i
      if (left < this.count && this.before(items[left]!, items[smallest]!)) smallest = left
      if (right < this.count && this.before(items[right]!, items[smallest]!)) smallest = right
      if (smallest === i) return
      const swap = items[i]!
      items[i] = items[smallest]!
      items[smallest] = swap
      i = smallest
    }
  }
}
