import type ts from 'typescript'
import { diagnosticAt, type Diagnostic } from './diagnostics.ts'

/** Words that are reserved only in strict code, which every module is. */
const STRICT_RESERVED = new Set(['implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static', 'yield'])

const STRICT_NOTE = 'A Looplab program is a module, and modules are always strict mode.'

/**
 * Strict-mode grammar errors. TypeScript's parser accepts these and reports
 * them only from its type checker, which the compiler does not run; V8 would
 * reject the whole program with no line. Found here, they get their line and
 * column like any syntax error.
 */
export function findStrictModeErrors(tsApi: typeof ts, file: ts.SourceFile): Diagnostic[] {
  const problems: Diagnostic[] = []
  const report = (node: ts.Node, message: string) => {
    problems.push(diagnosticAt(file, node, message))
  }

  const checkBindingName = (name: ts.BindingName | undefined): void => {
    if (!name) return
    if (tsApi.isIdentifier(name)) {
      if (STRICT_RESERVED.has(name.text))
        report(
          name,
          `\`${name.text}\` is a reserved word in strict mode and cannot name a variable, parameter, function or class. ${STRICT_NOTE}`,
        )
      else if (name.text === 'eval' || name.text === 'arguments')
        report(name, `\`${name.text}\` cannot be declared or assigned in strict mode. ${STRICT_NOTE}`)
      return
    }
    for (const element of name.elements) if (!tsApi.isOmittedExpression(element)) checkBindingName(element.name)
  }

  const checkParameters = (parameters: readonly ts.ParameterDeclaration[]): void => {
    const seen = new Set<string>()
    const collect = (name: ts.BindingName): void => {
      if (tsApi.isIdentifier(name)) {
        if (name.text === 'this') return
        if (seen.has(name.text)) report(name, `Parameter \`${name.text}\` is declared twice. ${STRICT_NOTE}`)
        seen.add(name.text)
        return
      }
      for (const element of name.elements) if (!tsApi.isOmittedExpression(element)) collect(element.name)
    }
    for (const parameter of parameters) collect(parameter.name)
  }

  const isAssignmentTarget = (target: ts.Expression): boolean => {
    let node: ts.Node = target
    while (tsApi.isParenthesizedExpression(node.parent)) node = node.parent
    const parent = node.parent
    if (tsApi.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind
      return parent.left === node && op >= tsApi.SyntaxKind.FirstAssignment && op <= tsApi.SyntaxKind.LastAssignment
    }
    if (tsApi.isPrefixUnaryExpression(parent) || tsApi.isPostfixUnaryExpression(parent)) {
      return parent.operator === tsApi.SyntaxKind.PlusPlusToken || parent.operator === tsApi.SyntaxKind.MinusMinusToken
    }
    return false
  }

  const visit = (node: ts.Node): void => {
    // Types, interfaces and ambient declarations are erased: nothing in them reaches V8.
    if (tsApi.isTypeNode(node) || tsApi.isInterfaceDeclaration(node) || tsApi.isTypeAliasDeclaration(node)) return
    if (tsApi.canHaveModifiers(node) && tsApi.getModifiers(node)?.some((m) => m.kind === tsApi.SyntaxKind.DeclareKeyword)) return

    if (tsApi.isVariableDeclaration(node) || tsApi.isParameter(node) || tsApi.isBindingElement(node)) {
      if (!tsApi.isBindingElement(node)) checkBindingName(node.name)
    } else if (
      (tsApi.isFunctionDeclaration(node) ||
        tsApi.isFunctionExpression(node) ||
        tsApi.isClassDeclaration(node) ||
        tsApi.isClassExpression(node)) &&
      node.name
    ) {
      checkBindingName(node.name)
    }
    if (tsApi.isFunctionLike(node) && 'body' in node && node.body) checkParameters(node.parameters)
    if (tsApi.isFunctionDeclaration(node) && !node.body) return
    if (tsApi.isMethodDeclaration(node) && !node.body) return

    if (tsApi.isWithStatement(node)) {
      report(node, `\`with\` statements are not allowed in strict mode. ${STRICT_NOTE}`)
    } else if (tsApi.isDeleteExpression(node) && tsApi.isIdentifier(unwrapParentheses(tsApi, node.expression))) {
      report(
        node,
        `\`delete\` of a plain variable is not allowed in strict mode; \`delete\` removes properties (\`delete object.key\`). ${STRICT_NOTE}`,
      )
    } else if (tsApi.isIdentifier(node) && (node.text === 'eval' || node.text === 'arguments') && isAssignmentTarget(node)) {
      report(node, `\`${node.text}\` cannot be declared or assigned in strict mode. ${STRICT_NOTE}`)
    }
    tsApi.forEachChild(node, visit)
  }
  visit(file)
  return problems
}

function unwrapParentheses(tsApi: typeof ts, expression: ts.Expression): ts.Expression {
  let inner = expression
  while (tsApi.isParenthesizedExpression(inner)) inner = inner.expression
  return inner
}
