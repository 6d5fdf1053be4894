import type ts from 'typescript'
import { diagnosticAt, type Diagnostic } from './diagnostics.ts'

/** Identifiers starting with this are the compiler's own. */
export const RESERVED_PREFIX = '$ll'

/**
 * What the language allows but a Looplab program cannot do: using the
 * compiler's reserved names, and namespaces. (Imports are checked against
 * the module registry by modules.ts.)
 */
export function findUnsupported(tsApi: typeof ts, file: ts.SourceFile): Diagnostic[] {
  const problems: Diagnostic[] = []
  const report = (node: ts.Node, message: string) => {
    problems.push(diagnosticAt(file, node, message))
  }
  const visit = (node: ts.Node): void => {
    if (tsApi.isIdentifier(node) && node.text.startsWith(RESERVED_PREFIX)) {
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
