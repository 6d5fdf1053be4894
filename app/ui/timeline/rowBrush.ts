/**
 * Merges the bars drawn in each timeline row: consecutive bars of one kind in
 * a row that overlap or touch on screen (within half a pixel) become one
 * rectangle. Only consecutive bars merge, so what overlaps draws in the same
 * order as bar by bar; the picture is the same, with far fewer canvas calls.
 * Rows are small non-negative integers (visible rows), kept in plain arrays:
 * `add` runs once per span of the trace on every frame.
 */
export class RowBrush {
  private readonly kind: number[] = []
  private readonly x0: number[] = []
  private readonly x1: number[] = []
  private readonly rows: number[] = []

  constructor(private readonly paint: (kind: number, row: number, x0: number, x1: number) => void) {}

  /** A bar of `kind` in `row` from `x0` to `x1` (pixels, x0 ≤ x1). */
  add(kind: number, row: number, x0: number, x1: number): void {
    const pending = this.kind[row]
    if (pending === undefined || pending < 0) {
      if (pending === undefined) this.rows.push(row)
    } else if (pending === kind && x0 <= this.x1[row]! + 0.5 && x1 >= this.x0[row]! - 0.5) {
      if (x0 < this.x0[row]!) this.x0[row] = x0
      if (x1 > this.x1[row]!) this.x1[row] = x1
      return
    } else this.paint(pending, row, this.x0[row]!, this.x1[row]!)
    this.kind[row] = kind
    this.x0[row] = x0
    this.x1[row] = x1
  }

  /** Paints the bars still pending. */
  flush(): void {
    for (const row of this.rows) {
      const kind = this.kind[row]!
      if (kind >= 0) this.paint(kind, row, this.x0[row]!, this.x1[row]!)
      this.kind[row] = -1
    }
  }
}
