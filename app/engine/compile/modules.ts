import type ts from 'typescript'
import { hasExport, resolveModuleSpecifier } from '../runtime/node/registry.ts'
import { diagnosticAt, type Diagnostic, type ModuleKind } from './diagnostics.ts'

/**
 * How a program uses modules: Node's built-ins are resolved through the
 * runtime's registry (runtime/node/registry.ts); anything else is refused
 * with the registry's sentence. A program that calls `require` and has no
 * `import`/`export` runs as CommonJS, as Node would run it.
 */
export interface ModuleUse {
  /** The program declares a binding named `require` itself: its calls are left alone. */
  declaresRequire: boolean
  /** It calls the module-scope `require`. */
  usesRequire: boolean
  /** It has `import` or `export` declarations (so it is an ES module in Node's eyes). */
  hasModuleSyntax: boolean
  diagnostics: Diagnostic[]
}

export function moduleKindOf(use: Pick<ModuleUse, 'usesRequire' | 'hasModuleSyntax'>, hasTopLevelAwait: boolean): ModuleKind {
  return use.usesRequire && !use.hasModuleSyntax && !hasTopLevelAwait ? 'commonjs' : 'module'
}

/** Whether `node` is a call of the module-scope `require` (not one the program declared). */
export function isRequireCall(tsApi: typeof ts, node: ts.Node, use: Pick<ModuleUse, 'declaresRequire'>): node is ts.CallExpression {
  return !use.declaresRequire && tsApi.isCallExpression(node) && tsApi.isIdentifier(node.expression) && node.expression.text === 'require'
}

function declaresName(tsApi: typeof ts, file: ts.SourceFile, name: string): boolean {
  let found = false
  const visit = (node: ts.Node): void => {
    if (found) return
    const declared =
      (tsApi.isVariableDeclaration(node) ||
        tsApi.isFunctionDeclaration(node) ||
        tsApi.isFunctionExpression(node) ||
        tsApi.isClassDeclaration(node) ||
        tsApi.isParameter(node) ||
        tsApi.isBindingElement(node) ||
        tsApi.isImportSpecifier(node) ||
        tsApi.isImportClause(node) ||
        tsApi.isNamespaceImport(node)) &&
      node.name !== undefined &&
      tsApi.isIdentifier(node.name) &&
      node.name.text === name
    if (declared) found = true
    else tsApi.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** Checks every `import`, `export … from`, `import()` and `require()` of the program. */
export function scanModules(tsApi: typeof ts, file: ts.SourceFile): ModuleUse {
  const use: ModuleUse = {
    declaresRequire: declaresName(tsApi, file, 'require'),
    usesRequire: false,
    hasModuleSyntax: false,
    diagnostics: [],
  }
  const report = (node: ts.Node, message: string) => use.diagnostics.push(diagnosticAt(file, node, message))

  const checkSpecifier = (node: ts.Node, specifier: string) => {
    const resolved = resolveModuleSpecifier(specifier)
    if (!resolved.ok) report(node, resolved.message)
    return resolved.ok ? resolved.entry : undefined
  }

  const visit = (node: ts.Node): void => {
    if (tsApi.isImportDeclaration(node)) {
      use.hasModuleSyntax = true
      if (node.importClause?.isTypeOnly || !tsApi.isStringLiteral(node.moduleSpecifier)) return
      const specifier = node.moduleSpecifier.text
      const entry = checkSpecifier(node, specifier)
      const bindings = node.importClause?.namedBindings
      if (entry && bindings && tsApi.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          if (element.isTypeOnly) continue
          const name = (element.propertyName ?? element.name).text
          if (!hasExport(entry, name)) {
            report(element, `The module '${specifier}' has no export named '${name}' in Looplab (it models: ${entry.exports.join(', ')}).`)
          }
        }
      }
      return
    }
    if (tsApi.isImportEqualsDeclaration(node)) {
      report(node, '`import x = require(…)` is not available in Looplab programs: write `import x from …` or `const x = require(…)`.')
      return
    }
    if (tsApi.isExportDeclaration(node) || tsApi.isExportAssignment(node)) use.hasModuleSyntax = true
    else if (tsApi.canHaveModifiers(node) && tsApi.getModifiers(node)?.some((m) => m.kind === tsApi.SyntaxKind.ExportKeyword)) {
      use.hasModuleSyntax = true
    }
    if (tsApi.isExportDeclaration(node) && node.moduleSpecifier) {
      report(node, 'A Looplab program is a single module: re-exporting from another module is not available.')
    } else if (tsApi.isCallExpression(node) && node.expression.kind === tsApi.SyntaxKind.ImportKeyword) {
      report(
        node,
        "Dynamic `import()` is not available in Looplab programs: import Node's modules with a static `import … from 'node:…'` at the top.",
      )
    } else if (isRequireCall(tsApi, node, use)) {
      use.usesRequire = true
      const argument = node.arguments[0]
      if (node.arguments.length !== 1 || !argument || !tsApi.isStringLiteralLike(argument)) {
        report(node, "`require` takes the module's name as one string literal, e.g. `require('node:events')`.")
      } else {
        checkSpecifier(node, argument.text)
      }
    }
    tsApi.forEachChild(node, visit)
  }
  visit(file)
  return use
}
