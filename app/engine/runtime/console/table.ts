/**
 * `console.table`: turns tabular data into Node's box-drawn table — an
 * `(index)` column (or `(iteration index)` for Maps, Sets and their
 * iterators), one column per property, and a `Values` column for primitive
 * rows. Cells are inspected compactly and left-aligned.
 */
import {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  MapIteratorPrototypeNext,
  MapPrototypeEntries,
  MathMax,
  ObjectCreate,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ReflectGet,
  SetIteratorPrototypeNext,
  SetPrototypeValues,
  StringPrototypeRepeat,
} from '../primordials.ts'
import { isMap, isMapIterator, isSet, isSetIterator } from './brands.ts'
import type { InspectHost } from './context.ts'
import { inspect } from './inspect.ts'
import { getStringWidth } from './text.ts'

type Column = Record<number, string>

const LINE = '─'

function renderRow(row: readonly string[], widths: readonly number[]): string {
  let out = '│ '
  for (let i = 0; i < row.length; i++) {
    const cell = row[i]!
    out += cell + StringPrototypeRepeat(' ', widths[i]! - getStringWidth(cell))
    if (i !== row.length - 1) out += ' │ '
  }
  return `${out} │`
}

/** Draws the table: `head` are the column titles, `columns[i]` the (possibly sparse) cells of column i. */
export function renderTable(head: readonly string[], columns: readonly Column[]): string {
  const widths: number[] = []
  let longest = 0
  for (let i = 0; i < head.length; i++) {
    ArrayPrototypePush(widths, getStringWidth(head[i]!))
    longest = MathMax(longest, (columns[i] as unknown as { length: number }).length)
  }
  const rows: string[][] = []
  for (let j = 0; j < longest; j++) ArrayPrototypePush(rows, [])
  for (let i = 0; i < head.length; i++) {
    const column = columns[i]!
    for (let j = 0; j < longest; j++) {
      const cell = ObjectPrototypeHasOwnProperty(column, j) ? column[j]! : ''
      rows[j]![i] = cell
      widths[i] = MathMax(widths[i]!, getStringWidth(cell))
    }
  }
  const divider: string[] = []
  for (let i = 0; i < widths.length; i++) ArrayPrototypePush(divider, StringPrototypeRepeat(LINE, widths[i]! + 2))
  let result = `┌${ArrayPrototypeJoin(divider, '┬')}┐\n${renderRow(head, widths)}\n├${ArrayPrototypeJoin(divider, '┼')}┤\n`
  for (let j = 0; j < rows.length; j++) result += `${renderRow(rows[j]!, widths)}\n`
  return `${result}└${ArrayPrototypeJoin(divider, '┴')}┘`
}

/**
 * The text `console.table(data, properties)` logs, or `undefined` when Node
 * would fall back to `console.log(data)` (non-objects).
 */
export function formatTable(data: unknown, properties: unknown, host: InspectHost | undefined): string | undefined {
  if (data === null || typeof data !== 'object') return undefined
  const cell = (v: unknown): string => {
    const depth = v !== null && typeof v === 'object' && !ArrayIsArray(v) && ObjectKeys(v).length > 2 ? -1 : 0
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity }, host)
  }
  const indexColumn = (length: number): string[] => {
    const column: string[] = []
    for (let i = 0; i < length; i++) ArrayPrototypePush(column, cell(i))
    return column
  }
  const tabular = data

  const preview = isMapIterator(tabular) || isSetIterator(tabular) ? host?.previewEntries?.(tabular) : undefined
  if ((preview !== undefined && preview.isKeyValue) || isMap(tabular)) {
    const keys: string[] = []
    const values: string[] = []
    if (preview !== undefined) {
      for (let i = 0; i < preview.entries.length / 2; i++) {
        ArrayPrototypePush(keys, cell(preview.entries[i * 2]))
        ArrayPrototypePush(values, cell(preview.entries[i * 2 + 1]))
      }
    } else {
      const iterator = MapPrototypeEntries(tabular as Map<unknown, unknown>)
      for (let step = MapIteratorPrototypeNext(iterator); !step.done; step = MapIteratorPrototypeNext(iterator)) {
        const entry = step.value
        ArrayPrototypePush(keys, cell(entry[0]))
        ArrayPrototypePush(values, cell(entry[1]))
      }
    }
    return renderTable(['(iteration index)', 'Key', 'Values'], [indexColumn(keys.length), keys, values])
  }
  if (preview !== undefined || isSet(tabular)) {
    const values: string[] = []
    if (preview !== undefined) {
      for (let i = 0; i < preview.entries.length; i++) ArrayPrototypePush(values, cell(preview.entries[i]))
    } else {
      const iterator = SetPrototypeValues(tabular as Set<unknown>)
      for (let step = SetIteratorPrototypeNext(iterator); !step.done; step = SetIteratorPrototypeNext(iterator)) {
        ArrayPrototypePush(values, cell(step.value))
      }
    }
    return renderTable(['(iteration index)', 'Values'], [indexColumn(values.length), values])
  }

  const props = ArrayIsArray(properties) ? (properties as unknown[]) : undefined
  const map = ObjectCreate(null) as Record<PropertyKey, Column>
  let hasPrimitives = false
  const valuesColumn: Column = ObjectCreate(null) as Column
  const indexKeys = ObjectKeys(tabular)
  for (let i = 0; i < indexKeys.length; i++) {
    const item: unknown = ReflectGet(tabular, indexKeys[i]!)
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object')
    if (props === undefined && primitive) {
      hasPrimitives = true
      valuesColumn[i] = cell(item)
      continue
    }
    const keys: unknown[] = props ?? ObjectKeys(item as object)
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as PropertyKey
      const column = (map[key] ??= ObjectCreate(null) as Column)
      column[i] = (primitive && props) || !ObjectPrototypeHasOwnProperty(item, key) ? '' : cell(ReflectGet(item as object, key))
    }
  }
  const head: string[] = ['(index)']
  const columns: Column[] = [withLength(indexKeys, indexKeys.length)]
  const columnKeys = ObjectKeys(map)
  for (let i = 0; i < columnKeys.length; i++) {
    ArrayPrototypePush(head, columnKeys[i]!)
    ArrayPrototypePush(columns, withLength(map[columnKeys[i]!]!, indexKeys.length))
  }
  if (hasPrimitives) {
    ArrayPrototypePush(head, 'Values')
    ArrayPrototypePush(columns, withLength(valuesColumn, indexKeys.length))
  }
  return renderTable(head, columns)
}

/** A sparse column whose length is the last row it fills (as Node's sparse arrays). */
function withLength(column: Column, rows: number): Column {
  let length = 0
  for (let i = 0; i < rows; i++) if (ObjectPrototypeHasOwnProperty(column, i)) length = i + 1
  const result = ObjectCreate(null) as Column & { length: number }
  for (let i = 0; i < length; i++) if (ObjectPrototypeHasOwnProperty(column, i)) result[i] = column[i]!
  result.length = length
  return result
}
