import { describe, expect, test } from 'vitest'
import { RowBrush } from '../../app/ui/timeline/rowBrush.ts'

function painted(bars: [kind: number, row: number, x0: number, x1: number][]): string[] {
  const calls: string[] = []
  const brush = new RowBrush((kind, row, x0, x1) => calls.push(`${kind}@${row}:${x0}-${x1}`))
  for (const [kind, row, x0, x1] of bars) brush.add(kind, row, x0, x1)
  brush.flush()
  return calls
}

describe('RowBrush', () => {
  test('bars of one kind that touch on screen are painted as one rectangle', () => {
    expect(
      painted([
        [1, 0, 0, 1.5],
        [1, 0, 1.2, 2.7],
        [1, 0, 3, 4.5],
      ]),
    ).toEqual(['1@0:0-4.5'])
  })

  test('a gap of more than half a pixel keeps two rectangles', () => {
    expect(
      painted([
        [1, 0, 0, 1],
        [1, 0, 2, 3],
      ]),
    ).toEqual(['1@0:0-1', '1@0:2-3'])
  })

  test('a bar of another kind in between ends the merge, so the painting order is kept', () => {
    expect(
      painted([
        [1, 0, 0, 10],
        [2, 0, 5, 6],
        [1, 0, 8, 12],
      ]),
    ).toEqual(['1@0:0-10', '2@0:5-6', '1@0:8-12'])
  })

  test('rows merge independently of each other', () => {
    expect(
      painted([
        [1, 0, 0, 2],
        [3, 4, 0, 2],
        [1, 0, 2, 4],
        [3, 4, 2, 4],
      ]),
    ).toEqual(['1@0:0-4', '3@4:0-4'])
  })

  test('a bar starting before the pending one but overlapping it widens it to the left', () => {
    expect(
      painted([
        [1, 0, 5, 8],
        [1, 0, 3, 5.2],
      ]),
    ).toEqual(['1@0:3-8'])
  })
})
