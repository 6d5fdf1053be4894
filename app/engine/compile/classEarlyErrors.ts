import type ts from 'typescript'
import { diagnosticAt, type Diagnostic } from './diagnostics.ts'

/** Where `super` may stand: `super.x` in methods, `super()` only in a derived class's constructor. */
interface SuperContext {
  property: boolean
  call: boolean
}

/**
 * The early errors about `super` and private names (ECMA-262 §15.7.1,
 * §13.5.1.1), which TypeScript reports from its checker only: `super` outside
 * a method, `super()` outside a derived constructor, `delete` of a private
 * reference, a private name declared twice, and `#constructor`.
 */
export function findClassEarlyErrors(tsApi: typeof ts, file: ts.SourceFile): Diagnostic[] {
  const problems: Diagnostic[] = []
  const S = tsApi.SyntaxKind
  const report = (node: ts.Node, message: string) => problems.push(diagnosticAt(file, node, message))
  const isStatic = (node: ts.Node) => !!(tsApi.canHaveModifiers(node) && tsApi.getModifiers(node)?.some((m) => m.kind === S.StaticKeyword))

  const checkPrivateNames = (node: ts.ClassLikeDeclaration) => {
    const seen = new Map<string, { kind: 'get' | 'set' | 'other'; isStatic: boolean }>()
    for (const member of node.members) {
      const name = member.name
      if (!name || !tsApi.isPrivateIdentifier(name)) continue
      if (name.text === '#constructor') {
        report(
          name,
          tsApi.isPropertyDeclaration(member)
            ? "Classes may not have a private field named '#constructor'"
            : 'Class constructor may not be a private method',
        )
        continue
      }
      const kind = tsApi.isGetAccessorDeclaration(member) ? 'get' : tsApi.isSetAccessorDeclaration(member) ? 'set' : 'other'
      const before = seen.get(name.text)
      const pairs = before && before.kind !== 'other' && kind !== 'other' && before.kind !== kind && before.isStatic === isStatic(member)
      if (before && !pairs) {
        // V8 points at the last character of the second declaration.
        const end = file.getLineAndCharacterOfPosition(member.end - 1)
        problems.push({
          message: `Identifier '${name.text}' has already been declared`,
          line: end.line + 1,
          column: end.character + 1,
          endLine: end.line + 1,
          endColumn: end.character + 2,
        })
      }
      seen.set(name.text, { kind: before && pairs ? 'other' : kind, isStatic: isStatic(member) })
    }
  }

  const isPrivateReference = (expression: ts.Expression): ts.PrivateIdentifier | undefined => {
    let inner = expression
    while (tsApi.isParenthesizedExpression(inner)) inner = inner.expression
    return tsApi.isPropertyAccessExpression(inner) && tsApi.isPrivateIdentifier(inner.name) ? inner.name : undefined
  }

  const visit = (node: ts.Node, context: SuperContext): void => {
    if (tsApi.isTypeNode(node) || tsApi.isInterfaceDeclaration(node) || tsApi.isTypeAliasDeclaration(node)) return
    if (node.kind === S.SuperKeyword) {
      const parent = node.parent
      const isCall = tsApi.isCallExpression(parent) && parent.expression === node
      if (isCall ? !context.call : !context.property) report(node, "'super' keyword unexpected here")
      return
    }
    if (tsApi.isDeleteExpression(node)) {
      const name = isPrivateReference(node.expression)
      if (name) report(name, 'Private fields can not be deleted')
    }
    if (tsApi.isClassDeclaration(node) || tsApi.isClassExpression(node)) {
      checkPrivateNames(node)
      const derived = !!node.heritageClauses?.some((clause) => clause.token === S.ExtendsKeyword)
      for (const clause of node.heritageClauses ?? []) visit(clause, context)
      for (const member of node.members) {
        if (member.name && tsApi.isComputedPropertyName(member.name)) visit(member.name, context)
        const inner: SuperContext = { property: true, call: derived && tsApi.isConstructorDeclaration(member) }
        tsApi.forEachChild(member, (child) => {
          if (child !== member.name) visit(child, inner)
        })
      }
      return
    }
    if (tsApi.isMethodDeclaration(node) || tsApi.isGetAccessorDeclaration(node) || tsApi.isSetAccessorDeclaration(node)) {
      // Object literal methods (class members are handled above).
      if (tsApi.isComputedPropertyName(node.name)) visit(node.name, context)
      const inner: SuperContext = { property: true, call: false }
      tsApi.forEachChild(node, (child) => {
        if (child !== node.name) visit(child, inner)
      })
      return
    }
    if (tsApi.isFunctionDeclaration(node) || tsApi.isFunctionExpression(node)) {
      tsApi.forEachChild(node, (child) => visit(child, { property: false, call: false }))
      return
    }
    tsApi.forEachChild(node, (child) => visit(child, context))
  }
  visit(file, { property: false, call: false })
  return problems
}
