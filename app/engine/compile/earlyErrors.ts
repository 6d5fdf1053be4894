import type ts from 'typescript'
import { diagnosticAt, type Diagnostic } from './diagnostics.ts'
import { findClassEarlyErrors } from './classEarlyErrors.ts'
import { findRedeclarations } from './redeclarations.ts'
import { findAssignmentPatternErrors } from './assignmentPatterns.ts'

/**
 * ECMA-262's early errors (static semantics) that TypeScript's parser lets
 * through, because TypeScript reports them from its binder or checker, which
 * the compiler does not run — or not at all. Once a program is lowered, V8
 * would accept many of them too, so each is found here and reported as V8
 * reports it: its message, at the token V8 points at. Every diagnostic is a
 * SyntaxError.
 */
export function findEarlyErrors(tsApi: typeof ts, file: ts.SourceFile): Diagnostic[] {
  const problems: Diagnostic[] = []
  const S = tsApi.SyntaxKind
  const report = (node: ts.Node, message: string) => problems.push(diagnosticAt(file, node, message))
  const reportSpan = (start: number, end: number, message: string) => {
    const from = file.getLineAndCharacterOfPosition(start)
    const to = file.getLineAndCharacterOfPosition(end)
    problems.push({ message, line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 })
  }

  const isAsync = (node: ts.Node) => !!(tsApi.canHaveModifiers(node) && tsApi.getModifiers(node)?.some((m) => m.kind === S.AsyncKeyword))
  const isGenerator = (node: ts.Node) => !!(node as { asteriskToken?: ts.Node }).asteriskToken

  /** `await` / `yield` expressions in a function's parameters (not inside a nested non-arrow function). */
  const checkParameterExpressions = (fn: ts.SignatureDeclaration) => {
    const async = isAsync(fn)
    const generator = isGenerator(fn)
    const arrow = tsApi.isArrowFunction(fn)
    const look = (node: ts.Node): void => {
      if (tsApi.isFunctionLike(node) && !tsApi.isArrowFunction(node)) return
      if (tsApi.isArrowFunction(node)) {
        // A nested arrow's own parameters are checked when it is visited; its body is not a parameter.
        return
      }
      if (tsApi.isAwaitExpression(node) && (async || arrow)) {
        report(firstToken(node), 'Illegal await-expression in formal parameters of async function')
        return
      }
      if (tsApi.isYieldExpression(node) && (generator || arrow)) {
        report(firstToken(node), 'Yield expression not allowed in formal parameter')
        return
      }
      tsApi.forEachChild(node, look)
    }
    for (const parameter of fn.parameters) tsApi.forEachChild(parameter, look)
  }

  /** The `await` / `yield` keyword of an expression (V8 points at the keyword only). */
  const firstToken = (node: ts.AwaitExpression | ts.YieldExpression): ts.Node => node.getFirstToken(file) ?? node

  const checkParameterList = (fn: ts.SignatureDeclaration & { body?: ts.Node }) => {
    const parameters = fn.parameters
    const last = parameters[parameters.length - 1]
    if (last?.dotDotDotToken && parameters.hasTrailingComma) {
      const comma = file.text.indexOf(',', last.end)
      reportSpan(comma, comma + 1, 'Rest parameter must be last formal parameter')
    } else if (last?.dotDotDotToken && last.initializer) {
      const equals = file.text.indexOf('=', last.name.end)
      reportSpan(equals, equals + 1, 'Rest parameter may not have a default initializer')
    }
    if (!fn.body || !tsApi.isBlock(fn.body)) return
    const simple = parameters.every((p) => tsApi.isIdentifier(p.name) && !p.initializer && !p.dotDotDotToken)
    if (simple) return
    for (const statement of fn.body.statements) {
      if (!tsApi.isExpressionStatement(statement) || !tsApi.isStringLiteral(statement.expression)) break
      if (isUseStrict(file, statement.expression)) {
        report(statement.expression, "Illegal 'use strict' directive in function with non-simple parameter list")
      }
    }
  }

  /** Rest elements of binding patterns: last, and without an initializer. */
  const checkBindingPattern = (pattern: ts.ArrayBindingPattern) => {
    const elements = pattern.elements
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!
      if (tsApi.isOmittedExpression(element) || !element.dotDotDotToken) continue
      if (i < elements.length - 1 || elements.hasTrailingComma) report(element, 'Rest element must be last element')
      else if (element.initializer) report(element, 'Invalid destructuring assignment target')
    }
  }

  /** `(await x) = …`, `yield = …`: an await or yield expression is no assignment target. */
  const checkAssignmentTarget = (node: ts.BinaryExpression | ts.PrefixUnaryExpression | ts.PostfixUnaryExpression) => {
    const target = tsApi.isBinaryExpression(node) ? node.left : node.operand
    let inner: ts.Expression = target
    while (tsApi.isParenthesizedExpression(inner)) inner = inner.expression
    if (!tsApi.isAwaitExpression(inner) && !tsApi.isYieldExpression(inner)) return
    if (tsApi.isBinaryExpression(node)) report(target, 'Invalid left-hand side in assignment')
    else if (tsApi.isPrefixUnaryExpression(node)) report(target, 'Invalid left-hand side expression in prefix operation')
    else report(target, 'Invalid left-hand side expression in postfix operation')
  }

  const checkClassMember = (member: ts.ClassElement) => {
    const name = member.name
    const isStatic = !!(tsApi.canHaveModifiers(member) && tsApi.getModifiers(member)?.some((m) => m.kind === S.StaticKeyword))
    const text = name && (tsApi.isIdentifier(name) || tsApi.isStringLiteral(name)) ? name.text : undefined
    // `static constructor() {}` is a static method named constructor, not the class constructor.
    if (tsApi.isConstructorDeclaration(member) && !isStatic) {
      const keyword = member.getChildren(file).find((child) => child.kind === S.ConstructorKeyword) ?? member
      if (isAsync(member)) report(keyword, 'Class constructor may not be an async method')
      else if (isGenerator(member)) report(keyword, 'Class constructor may not be a generator')
      return
    }
    if (!name || isStatic || text !== 'constructor') {
      if (isStatic && text === 'prototype' && !tsApi.isClassStaticBlockDeclaration(member)) {
        report(name!, "Classes may not have a static property named 'prototype'")
      }
      if (!isStatic && text === 'constructor' && tsApi.isPropertyDeclaration(member)) {
        report(name!, "Classes may not have a field named 'constructor'")
      }
      return
    }
    if (tsApi.isGetAccessorDeclaration(member) || tsApi.isSetAccessorDeclaration(member))
      report(name, 'Class constructor may not be an accessor')
    else if (tsApi.isMethodDeclaration(member) && isGenerator(member)) report(name, 'Class constructor may not be a generator')
    else if (tsApi.isMethodDeclaration(member) && isAsync(member)) report(name, 'Class constructor may not be an async method')
  }

  const checkClass = (node: ts.ClassLikeDeclaration) => {
    let constructors = 0
    for (const member of node.members) {
      checkClassMember(member)
      const isStatic = tsApi.canHaveModifiers(member) && !!tsApi.getModifiers(member)?.some((m) => m.kind === S.StaticKeyword)
      if (tsApi.isConstructorDeclaration(member) && !isStatic && member.body && ++constructors === 2) {
        const keyword = member.getChildren(file).find((child) => child.kind === S.ConstructorKeyword) ?? member
        report(keyword, 'A class may only have one constructor')
      }
    }
  }

  const checkForOf = (node: ts.ForOfStatement) => {
    const init = node.initializer
    if (!tsApi.isVariableDeclarationList(init)) return
    const declaration = init.declarations[0]
    if (declaration?.initializer) {
      const kind = node.awaitModifier ? 'for-await-of' : 'for-of'
      report(declaration, `${kind} loop variable declaration may not have an initializer.`)
    }
  }

  const visit = (node: ts.Node): void => {
    if (tsApi.isTypeNode(node) || tsApi.isInterfaceDeclaration(node) || tsApi.isTypeAliasDeclaration(node)) return
    if (tsApi.canHaveModifiers(node) && tsApi.getModifiers(node)?.some((m) => m.kind === S.DeclareKeyword)) return
    if (tsApi.isFunctionLike(node) && !('body' in node && node.body) && !tsApi.isArrowFunction(node)) return
    if (tsApi.isIdentifier(node)) {
      checkReservedIdentifier(tsApi, node, report)
      return
    }
    if (tsApi.isFunctionLike(node)) {
      checkParameterExpressions(node)
      checkParameterList(node)
    }
    if (tsApi.isClassDeclaration(node) || tsApi.isClassExpression(node)) checkClass(node)
    if (tsApi.isForOfStatement(node)) checkForOf(node)
    if (tsApi.isArrayBindingPattern(node)) checkBindingPattern(node)
    if (
      (tsApi.isBinaryExpression(node) && node.operatorToken.kind >= S.FirstAssignment && node.operatorToken.kind <= S.LastAssignment) ||
      ((tsApi.isPrefixUnaryExpression(node) || tsApi.isPostfixUnaryExpression(node)) &&
        (node.operator === S.PlusPlusToken || node.operator === S.MinusMinusToken))
    ) {
      checkAssignmentTarget(node)
    }
    tsApi.forEachChild(node, visit)
  }
  visit(file)
  problems.push(...findRedeclarations(tsApi, file), ...findClassEarlyErrors(tsApi, file), ...findAssignmentPatternErrors(tsApi, file))
  return problems
}

function isUseStrict(file: ts.SourceFile, literal: ts.StringLiteral): boolean {
  const raw = file.text.slice(literal.getStart(file), literal.getEnd())
  return raw === '"use strict"' || raw === "'use strict'"
}

/**
 * `await` is reserved everywhere in a module and `yield` in strict code:
 * neither may name a binding, a label, or be referred to (TypeScript's parser
 * reads both as plain identifiers outside async functions and generators).
 */
function checkReservedIdentifier(tsApi: typeof ts, node: ts.Identifier, report: (node: ts.Node, message: string) => void): void {
  const text = node.text
  if (text !== 'await' && text !== 'yield') return
  if (!isReferenceOrBinding(tsApi, node)) return
  report(node, text === 'await' ? 'Unexpected reserved word' : 'Unexpected strict mode reserved word')
}

/** Whether an identifier names a binding, a label or a variable (rather than a property or a type). */
export function isReferenceOrBinding(tsApi: typeof ts, node: ts.Identifier): boolean {
  const parent = node.parent
  if (!parent) return false
  const isNameSlot =
    ((tsApi.isPropertyAccessExpression(parent) ||
      tsApi.isPropertyAssignment(parent) ||
      tsApi.isMethodDeclaration(parent) ||
      tsApi.isPropertyDeclaration(parent) ||
      tsApi.isGetAccessorDeclaration(parent) ||
      tsApi.isSetAccessorDeclaration(parent) ||
      tsApi.isEnumMember(parent) ||
      tsApi.isPropertySignature(parent) ||
      tsApi.isMethodSignature(parent) ||
      tsApi.isMetaProperty(parent) ||
      tsApi.isJsxAttribute(parent)) &&
      parent.name === node) ||
    ((tsApi.isImportSpecifier(parent) || tsApi.isExportSpecifier(parent) || tsApi.isBindingElement(parent)) &&
      parent.propertyName === node) ||
    (tsApi.isExportSpecifier(parent) && parent.parent.parent.moduleSpecifier !== undefined) ||
    tsApi.isQualifiedName(parent) ||
    tsApi.isTypeReferenceNode(parent) ||
    tsApi.isTypeParameterDeclaration(parent)
  return !isNameSlot
}
