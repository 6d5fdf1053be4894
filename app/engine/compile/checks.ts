import type ts from 'typescript'
import { diagnosticAt, type Diagnostic } from './diagnostics.ts'

/** Identifiers starting with this are the compiler's own. */
export const RESERVED_PREFIX = '$ll'

/**
 * What the language allows but a Looplab program cannot do: importing
 * modules (a program runs alone), and using the compiler's reserved names.
 */
export function findUnsupported(tsApi: typeof ts, file: ts.SourceFile): Diagnostic[] {
  const problems: Diagnostic[] = []
  const report = (node: ts.Node, message: string) => {
    problems.push(diagnosticAt(file, node, message))
  }
  const visit = (node: ts.Node): void => {
    if (tsApi.isImportDeclaration(node) || tsApi.isImportEqualsDeclaration(node)) {
      const spec = tsApi.isImportDeclaration(node) && tsApi.isStringLiteral(node.moduleSpecifier) ? ` '${node.moduleSpecifier.text}'` : ''
      if (!(tsApi.isImportDeclaration(node) && node.importClause?.isTypeOnly)) {
        report(
          node,
          `Looplab programs run on their own: \`import\`${spec} is not available. Everything a program needs (timers, fetch, console…) is already global.`,
        )
      }
    } else if (tsApi.isExportDeclaration(node) && node.moduleSpecifier) {
      report(node, 'Looplab programs run on their own: re-exporting from another module is not available.')
    } else if (tsApi.isCallExpression(node) && node.expression.kind === tsApi.SyntaxKind.ImportKeyword) {
      report(node, 'Looplab programs run on their own: dynamic `import()` is not available.')
    } else if (tsApi.isCallExpression(node) && tsApi.isIdentifier(node.expression) && node.expression.text === 'require') {
      report(node, 'Looplab programs run on their own: `require` is not available. Everything a program needs is already global.')
    } else if (tsApi.isIdentifier(node) && node.text.startsWith(RESERVED_PREFIX)) {
      report(node, `Names starting with \`${RESERVED_PREFIX}\` are reserved by Looplab; please rename \`${node.text}\`.`)
    } else if (
      tsApi.isModuleDeclaration(node) &&
      !(node.flags & tsApi.NodeFlags.GlobalAugmentation) &&
      node.body &&
      tsApi.isModuleBlock(node.body) &&
      !isAmbient(tsApi, node)
    ) {
      report(node.name, 'TypeScript namespaces are not supported in Looplab programs; use plain objects or classes.')
      return
    }
    tsApi.forEachChild(node, visit)
  }
  visit(file)
  return problems
}

function isAmbient(tsApi: typeof ts, node: ts.ModuleDeclaration): boolean {
  return (tsApi.getCombinedModifierFlags(node) & tsApi.ModifierFlags.Ambient) !== 0
}
