import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'

/**
 * The layers: engine ← model ← ui, and sandbox uses engine but never ui.
 * engine and model are pure: no DOM, no React, so they run in Node.
 */
const ROOT = resolve(import.meta.dirname, '../..')
const FORBIDDEN: Record<string, string[]> = {
  'app/engine': ['app/model', 'app/ui', 'app/sandbox', 'app/cli'],
  'app/model': ['app/ui', 'app/sandbox', 'app/cli'],
  'app/sandbox': ['app/ui'],
}
const FORBIDDEN_PACKAGES = ['react', 'react-dom', 'd3', 'monaco-editor', '@monaco-editor/react']
const DOM_GLOBALS = ['document', 'window', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'requestAnimationFrame']

function sourceFiles(dir: string): string[] {
  const absolute = join(ROOT, dir)
  let entries: string[]
  try {
    entries = readdirSync(absolute)
  } catch {
    return []
  }
  return entries.flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

function importsOf(path: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, path), 'utf8'), true, true)
  return info.importedFiles.map((f) => f.fileName)
}

/** Identifiers used as free globals (not declared, not property names) in a file. */
function domGlobalsUsed(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ESNext, true)
  const found = new Set<string>()
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && DOM_GLOBALS.includes(node.text)) {
      const parent = node.parent
      const isProperty =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ts.isPropertyAssignment(parent) ||
        ts.isPropertySignature(parent) ||
        ts.isMethodDeclaration(parent) ||
        ts.isPropertyDeclaration(parent)
      const isDeclarationName =
        (ts.isFunctionExpression(parent) ||
          ts.isFunctionDeclaration(parent) ||
          ts.isVariableDeclaration(parent) ||
          ts.isParameter(parent)) &&
        (parent as { name?: ts.Node }).name === node
      if (!isProperty && !isDeclarationName) found.add(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return [...found]
}

/** The strongly connected components with more than one file (or a file importing itself): Tarjan's algorithm. */
function importCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (file: string) => {
    index.set(file, index.size)
    low.set(file, index.get(file)!)
    stack.push(file)
    onStack.add(file)
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(file, Math.min(low.get(file)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!))
    }
    if (low.get(file) !== index.get(file)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(member)
    } while (member !== file)
    if (component.length > 1 || edges.get(file)?.includes(file)) cycles.push(component.sort())
  }
  for (const file of edges.keys()) if (!index.has(file)) visit(file)
  return cycles
}

describe('layering', () => {
  for (const [layer, banned] of Object.entries(FORBIDDEN)) {
    test(`${layer} imports nothing from ${banned.join(', ')} nor any UI package`, () => {
      const violations: string[] = []
      for (const file of sourceFiles(layer)) {
        for (const spec of importsOf(file)) {
          if (FORBIDDEN_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`))) violations.push(`${file} imports ${spec}`)
          if (!spec.startsWith('.')) continue
          const target = relative(ROOT, resolve(ROOT, dirname(file), spec))
          if (banned.some((b) => target === b || target.startsWith(`${b}/`))) violations.push(`${file} imports ${spec}`)
        }
      }
      expect(violations).toEqual([])
    })
  }

  test('app/engine and app/model never touch the DOM', () => {
    const violations = [...sourceFiles('app/engine'), ...sourceFiles('app/model')].flatMap((file) =>
      domGlobalsUsed(file).map((name) => `${file} uses ${name}`),
    )
    expect(violations).toEqual([])
  })

  test('app/ has no import cycles, type-only imports included', () => {
    const files = sourceFiles('app')
    const known = new Set(files)
    const edges = new Map(
      files.map((file) => [
        file,
        importsOf(file)
          .filter((spec) => spec.startsWith('.'))
          .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)))
          .filter((target) => known.has(target)),
      ]),
    )
    expect(importCycles(edges)).toEqual([])
  })

  test('the engine and model type-check without the DOM library', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'tsconfig.engine.json'), 'utf8')) as {
      compilerOptions: { lib: string[]; types: string[] }
    }
    expect(config.compilerOptions.lib.some((lib) => /dom/i.test(lib))).toBe(false)
    expect(config.compilerOptions.types).toEqual([])
  })
})
