import type ts from 'typescript'
import { diagnosticAt, type Diagnostic } from './diagnostics.ts'

const INVALID_TARGET = 'Invalid destructuring assignment target'
const EVAL_OR_ARGUMENTS = 'Unexpected eval or arguments in strict mode'
const REST_NOT_LAST = 'Rest element must be last element'
const REST_NOT_REFERENCE = '`...` must be followed by an assignable reference in assignment contexts'

/**
 * The early errors of destructuring assignment (ECMA-262 13.15.5.1): an array
 * or object literal on the left of `=`, or as the head of `for…in`/`for…of`/
 * `for await`, is an AssignmentPattern, and each of its targets must be a
 * pattern or a simple assignment target. TypeScript's parser reads the literal
 * as an expression and lets `[f()] = …`, `[(a, b)] = …`, `[{ get x() {} }] = …`
 * or `[arguments] = …` through. Each is reported with V8's message, at the
 * token V8 points at.
 */
export function findAssignmentPatternErrors(tsApi: typeof ts, file: ts.SourceFile): Diagnostic[] {
  const problems: Diagnostic[] = []
  const S = tsApi.SyntaxKind
  const report = (node: ts.Node, message: string) => problems.push(diagnosticAt(file, node, message))

  const isPattern = (node: ts.Node): node is ts.ArrayLiteralExpression | ts.ObjectLiteralExpression =>
    tsApi.isArrayLiteralExpression(node) || tsApi.isObjectLiteralExpression(node)
  const isDefault = (node: ts.Node): node is ts.AssignmentExpression<ts.EqualsToken> =>
    tsApi.isBinaryExpression(node) && node.operatorToken.kind === S.EqualsToken

  /** What a target is once parentheses and TypeScript-only wrappers (`x!`, `x as T`) are taken away. */
  const unwrap = (node: ts.Expression): ts.Expression => {
    let inner = node
    for (;;) {
      if (tsApi.isParenthesizedExpression(inner) || tsApi.isNonNullExpression(inner) || tsApi.isSatisfiesExpression(inner)) {
        inner = inner.expression
      } else if (tsApi.isAsExpression(inner) || tsApi.isTypeAssertionExpression(inner)) inner = inner.expression
      else return inner
    }
  }
  const isEvalOrArguments = (node: ts.Node) => tsApi.isIdentifier(node) && (node.text === 'eval' || node.text === 'arguments')

  /** A DestructuringAssignmentTarget; `withDefault` when an initializer follows it. */
  const checkTarget = (target: ts.Expression, withDefault: boolean): void => {
    if (isPattern(target)) return checkPattern(target)
    const inner = unwrap(target)
    if (tsApi.isIdentifier(inner)) {
      if (isEvalOrArguments(inner)) report(target, withDefault ? EVAL_OR_ARGUMENTS : INVALID_TARGET)
      return
    }
    if ((tsApi.isPropertyAccessExpression(inner) || tsApi.isElementAccessExpression(inner)) && !tsApi.isOptionalChain(inner)) return
    report(target, INVALID_TARGET)
  }

  const checkPattern = (pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression): void => {
    if (tsApi.isArrayLiteralExpression(pattern)) {
      const elements = pattern.elements
      elements.forEach((element, i) => {
        if (tsApi.isOmittedExpression(element)) return
        if (tsApi.isSpreadElement(element)) {
          if (i < elements.length - 1 || elements.hasTrailingComma) report(element, REST_NOT_LAST)
          else if (isDefault(element.expression)) report(element, INVALID_TARGET)
          else checkTarget(element.expression, false)
        } else if (isDefault(element)) checkTarget(element.left, true)
        else checkTarget(element, false)
      })
      return
    }
    const properties = pattern.properties
    properties.forEach((property, i) => {
      if (tsApi.isPropertyAssignment(property)) {
        const value = property.initializer
        if (isDefault(value)) checkTarget(value.left, true)
        else checkTarget(value, false)
      } else if (tsApi.isShorthandPropertyAssignment(property)) {
        if (isEvalOrArguments(property.name)) report(property.name, EVAL_OR_ARGUMENTS)
      } else if (tsApi.isSpreadAssignment(property)) {
        const target = property.expression
        if (i < properties.length - 1 || properties.hasTrailingComma) report(target, REST_NOT_LAST)
        else if (isPattern(target) || isDefault(target)) report(target, REST_NOT_REFERENCE)
        else checkTarget(target, false)
      } else {
        // A method, getter or setter.
        report(property, INVALID_TARGET)
      }
    })
  }

  const visit = (node: ts.Node): void => {
    if (tsApi.isTypeNode(node)) return
    if (isDefault(node) && isPattern(node.left)) checkPattern(node.left)
    else if ((tsApi.isForOfStatement(node) || tsApi.isForInStatement(node)) && isPattern(node.initializer)) checkPattern(node.initializer)
    tsApi.forEachChild(node, visit)
  }
  visit(file)
  return problems
}
