import type ts from 'typescript'
import type { LocationId } from '../trace/ids.ts'
import type { FunctionKind } from '../trace/program.ts'
import { diagnosticAt, type Diagnostic } from './diagnostics.ts'
import type { LocationTable } from './locations.ts'
import { functionName } from './names.ts'

/**
 * The instrumenting transformer (runs after TypeScript has stripped types):
 *
 * - every statement is preceded by `$ll_s(loc)` (a traced, costed step);
 * - every loop tests `$ll_l(loc)` before its condition (the loop guard);
 * - every ordinary function body runs between `$ll_e(fn)` and `$ll_x(frame)`;
 * - async functions and async generators become generator functions driven
 *   by the runtime (`$ll_a` / `$ll_ag`), `await x` becomes
 *   `yield $ll_w(x, loc)`, `yield` in async generators `yield $ll_y(…)`,
 *   `yield*` `yield $ll_yy(…)`, and `for await` a loop over `$ll_fa`;
 * - `super` and `arguments` inside lowered bodies keep their meaning.
 *
 * The module body itself is lowered like an async function by the caller.
 */

type ScopeKind = 'module' | 'async' | 'async-generator' | 'generator' | 'sync' | 'static-block'

interface Scope {
  kind: ScopeKind
  isArrow: boolean
  /** Set when a `super` property inside a lowered body needs `$ll_sup` declared here. */
  usesSuper: boolean
  /** Set when an async arrow's body refers to the enclosing `arguments`. */
  usesArguments: boolean
}

export interface InstrumentOutput {
  hasTopLevelAwait: boolean
}

const isLowered = (scope: Scope) => scope.kind === 'async' || scope.kind === 'async-generator'

export function createInstrumenter(
  tsApi: typeof ts,
  getTable: () => LocationTable,
  diagnostics: Diagnostic[],
  output: InstrumentOutput,
): ts.TransformerFactory<ts.SourceFile> {
  const S = tsApi.SyntaxKind

  return (context) => {
    const f = context.factory
    const scopes: Scope[] = []
    let uniqueCounter = 0
    /** Async function declarations of the statement list being instrumented (marked at its top). */
    const declarationMarks: ts.Identifier[][] = []
    /** Whether the class or object literal being visited has lowered async methods. */
    const containers: { hasLowered: boolean }[] = []

    const id = (name: string) => f.createIdentifier(name)
    const num = (n: number) => f.createNumericLiteral(n)
    const call = (name: string, args: readonly ts.Expression[]) => f.createCallExpression(id(name), undefined, args)
    const original = (node: ts.Node) => tsApi.getOriginalNode(node)
    const scope = () => scopes[scopes.length - 1]!

    function loc(node: ts.Node, role: Parameters<LocationTable['add']>[1]): LocationId {
      return getTable().add(original(node), role)
    }

    function report(node: ts.Node, message: string): void {
      const o = original(node)
      const file = tsApi.getOriginalNode(o.getSourceFile?.() ?? o) as ts.SourceFile
      if (o.pos < 0 || !file?.getLineAndCharacterOfPosition) {
        diagnostics.push({ message, line: 1, column: 1, endLine: 1, endColumn: 1 })
        return
      }
      diagnostics.push(diagnosticAt(file, o, message))
    }

    function step(node: ts.Node): ts.Statement | undefined {
      const l = loc(node, 'statement')
      return l ? f.createExpressionStatement(call('$ll_s', [num(l)])) : undefined
    }

    // ── statements ────────────────────────────────────────────────────────

    function needsStep(node: ts.Statement): boolean {
      switch (node.kind) {
        case S.FunctionDeclaration:
        case S.EmptyStatement:
        case S.Block:
        case S.ExportDeclaration:
        case S.ImportDeclaration:
        case S.NotEmittedStatement:
          return false
        case S.ExpressionStatement:
          return !tsApi.isStringLiteral((node as ts.ExpressionStatement).expression)
        default:
          return true
      }
    }

    function instrumentStatements(statements: readonly ts.Statement[]): ts.Statement[] {
      declarationMarks.push([])
      const out = instrumentStatementList(statements)
      const marks = declarationMarks.pop()!
      if (marks.length === 0) return out
      const markStatements = marks.map((name) => f.createExpressionStatement(call('$ll_mk', [name])))
      const [directives, rest] = prologue(out)
      return [...directives, ...markStatements, ...rest]
    }

    function instrumentStatementList(statements: readonly ts.Statement[]): ts.Statement[] {
      const out: ts.Statement[] = []
      for (const statement of statements) {
        if (tsApi.isExportDeclaration(statement) || tsApi.isImportDeclaration(statement) || tsApi.isExportAssignment(statement)) {
          if (tsApi.isExportAssignment(statement)) {
            const s = step(statement)
            if (s) out.push(s)
            out.push(f.createExpressionStatement(visitExpression(statement.expression)))
          }
          continue
        }
        const visited = tsApi.visitNode(stripExport(statement), visit) as ts.Statement | undefined
        if (!visited) continue
        if (needsStep(statement)) {
          const s = step(statement)
          if (s) out.push(s)
        }
        out.push(visited)
      }
      return out
    }

    function stripExport<T extends ts.Statement>(statement: T): T {
      const modifiers = (statement as { modifiers?: ts.NodeArray<ts.ModifierLike> }).modifiers
      if (!modifiers?.some((m) => m.kind === S.ExportKeyword || m.kind === S.DefaultKeyword)) return statement
      const kept = modifiers.filter((m) => m.kind !== S.ExportKeyword && m.kind !== S.DefaultKeyword)
      if (tsApi.isVariableStatement(statement)) return f.updateVariableStatement(statement, kept, statement.declarationList) as unknown as T
      if (tsApi.isFunctionDeclaration(statement)) {
        return f.updateFunctionDeclaration(
          statement,
          kept,
          statement.asteriskToken,
          statement.name ?? id('$ll_default'),
          statement.typeParameters,
          statement.parameters,
          statement.type,
          statement.body,
        ) as unknown as T
      }
      if (tsApi.isClassDeclaration(statement)) {
        return f.updateClassDeclaration(
          statement,
          kept,
          statement.name ?? id('$ll_default'),
          statement.typeParameters,
          statement.heritageClauses,
          statement.members,
        ) as unknown as T
      }
      return statement
    }

    /** A loop or `if` body as a block, so its statement gets a step. */
    function asBlock(body: ts.Statement): ts.Block {
      if (tsApi.isBlock(body)) return visitBlock(body)
      return f.createBlock(instrumentStatements([body]), true)
    }

    function visitBlock(block: ts.Block): ts.Block {
      return f.updateBlock(block, instrumentStatements(block.statements))
    }

    function loopGuard(node: ts.Node): ts.Expression {
      return call('$ll_l', [num(loc(node, 'loop'))])
    }

    function guarded(node: ts.Node, condition: ts.Expression | undefined): ts.Expression {
      const guard = loopGuard(node)
      return condition ? f.createLogicalAnd(guard, f.createParenthesizedExpression(visitExpression(condition))) : guard
    }

    // ── functions ─────────────────────────────────────────────────────────

    type FunctionLike =
      | ts.FunctionDeclaration
      | ts.FunctionExpression
      | ts.ArrowFunction
      | ts.MethodDeclaration
      | ts.GetAccessorDeclaration
      | ts.SetAccessorDeclaration
      | ts.ConstructorDeclaration

    function kindOf(node: FunctionLike): ScopeKind {
      const isAsync = !!tsApi.getModifiers(node)?.some((m) => m.kind === S.AsyncKeyword)
      const isGenerator = !!(node as { asteriskToken?: ts.Node }).asteriskToken
      if (isAsync && isGenerator) return 'async-generator'
      if (isAsync) return 'async'
      if (isGenerator) return 'generator'
      return 'sync'
    }

    function tableKind(node: FunctionLike, kind: ScopeKind): FunctionKind {
      if (kind === 'async') return 'async'
      if (kind === 'async-generator') return 'async-generator'
      if (kind === 'generator') return 'generator'
      if (tsApi.isArrowFunction(node)) return 'arrow'
      if (tsApi.isConstructorDeclaration(node)) return 'constructor'
      if (tsApi.isGetAccessorDeclaration(node)) return 'getter'
      if (tsApi.isSetAccessorDeclaration(node)) return 'setter'
      if (tsApi.isMethodDeclaration(node)) return 'method'
      return 'function'
    }

    function visitFunction(node: FunctionLike): ts.Node {
      const kind = kindOf(node)
      const o = original(node)
      const fnId = getTable().addFunction(functionName(tsApi, o), tableKind(node, kind), loc(node, 'function'), o)
      const own: Scope = { kind, isArrow: tsApi.isArrowFunction(node), usesSuper: false, usesArguments: false }
      scopes.push(own)
      const parameters = tsApi.visitNodes(node.parameters, visit) as ts.NodeArray<ts.ParameterDeclaration>
      let statements: ts.Statement[]
      const body = node.body
      if (!body) {
        scopes.pop()
        return node
      }
      if (tsApi.isBlock(body)) statements = instrumentStatements(body.statements)
      else {
        const expression = visitExpression(body)
        const s = step(body)
        const ret = f.createReturnStatement(kind === 'async-generator' ? awaitOperandFor(body, expression) : expression)
        statements = s ? [s, ret] : [ret]
      }
      scopes.pop()

      if (kind === 'async' || kind === 'async-generator') {
        const lowered = lowerAsync(node, own, fnId, parameters, statements)
        if (tsApi.isFunctionDeclaration(node) && node.name) declarationMarks[declarationMarks.length - 1]?.push(node.name)
        else if (tsApi.isFunctionExpression(node) || tsApi.isArrowFunction(node)) return call('$ll_mk', [lowered as ts.Expression])
        else if (containers.length > 0) containers[containers.length - 1]!.hasLowered = true
        return lowered
      }
      const newBody = kind === 'generator' ? frameBody(statements, fnId, '$ll_eg', '$ll_xg') : frameBody(statements, fnId, '$ll_e', '$ll_x')
      return rebuild(node, tsApi.getModifiers(node), parameters, newBody, false)
    }

    function prologue(statements: ts.Statement[]): [ts.Statement[], ts.Statement[]] {
      let i = 0
      while (
        i < statements.length &&
        tsApi.isExpressionStatement(statements[i]!) &&
        tsApi.isStringLiteral((statements[i] as ts.ExpressionStatement).expression)
      )
        i++
      return [statements.slice(0, i), statements.slice(i)]
    }

    function frameBody(statements: ts.Statement[], fnId: number, enter: string, exit: string): ts.Block {
      const [directives, rest] = prologue(statements)
      return f.createBlock(
        [
          ...directives,
          f.createVariableStatement(
            undefined,
            f.createVariableDeclarationList(
              [f.createVariableDeclaration('$ll_f', undefined, undefined, call(enter, [num(fnId)]))],
              tsApi.NodeFlags.Const,
            ),
          ),
          f.createTryStatement(
            f.createBlock(rest, true),
            undefined,
            f.createBlock([f.createExpressionStatement(call(exit, [id('$ll_f')]))], true),
          ),
        ],
        true,
      )
    }

    function isSimpleParameterList(parameters: readonly ts.ParameterDeclaration[]): boolean {
      return parameters.every((p) => tsApi.isIdentifier(p.name) && !p.initializer)
    }

    function lowerAsync(
      node: FunctionLike,
      own: Scope,
      fnId: number,
      parameters: ts.NodeArray<ts.ParameterDeclaration>,
      statements: ts.Statement[],
    ): ts.Node {
      const isArrow = tsApi.isArrowFunction(node)
      const simple = isSimpleParameterList(parameters)
      const generator = f.createFunctionExpression(
        undefined,
        f.createToken(S.AsteriskToken),
        undefined,
        undefined,
        simple ? [] : parameters,
        undefined,
        f.createBlock(statements, true),
      )
      let outerParameters: readonly ts.ParameterDeclaration[] = parameters
      let args: ts.Expression
      if (simple) {
        args = isArrow ? (own.usesArguments ? id('arguments') : f.createArrayLiteralExpression([])) : id('arguments')
      } else if (isArrow) {
        outerParameters = [f.createParameterDeclaration(undefined, f.createToken(S.DotDotDotToken), '$ll_p')]
        args = id('$ll_p')
      } else {
        outerParameters = []
        args = id('arguments')
      }
      const start = call(own.kind === 'async-generator' ? '$ll_ag' : '$ll_a', [num(fnId), f.createThis(), args, generator])
      const body: ts.Statement[] = []
      if (own.usesSuper) body.push(superAccessor())
      body.push(f.createReturnStatement(start))
      const modifiers = tsApi.getModifiers(node)?.filter((m) => m.kind !== S.AsyncKeyword)
      return rebuild(node, modifiers, f.createNodeArray(outerParameters), f.createBlock(body, true), true)
    }

    /** `const $ll_sup = { get: (k) => super[k], set: (k, v) => (super[k] = v) }`. */
    function superAccessor(): ts.Statement {
      const k = () => id('k')
      const getter = f.createArrowFunction(
        undefined,
        undefined,
        [f.createParameterDeclaration(undefined, undefined, 'k')],
        undefined,
        undefined,
        f.createElementAccessExpression(f.createSuper(), k()),
      )
      const setter = f.createArrowFunction(
        undefined,
        undefined,
        [f.createParameterDeclaration(undefined, undefined, 'k'), f.createParameterDeclaration(undefined, undefined, 'v')],
        undefined,
        undefined,
        f.createParenthesizedExpression(f.createAssignment(f.createElementAccessExpression(f.createSuper(), k()), id('v'))),
      )
      const object = f.createObjectLiteralExpression([f.createPropertyAssignment('get', getter), f.createPropertyAssignment('set', setter)])
      return f.createVariableStatement(
        undefined,
        f.createVariableDeclarationList([f.createVariableDeclaration('$ll_sup', undefined, undefined, object)], tsApi.NodeFlags.Const),
      )
    }

    function rebuild(
      node: FunctionLike,
      modifiers: readonly ts.ModifierLike[] | undefined,
      parameters: ts.NodeArray<ts.ParameterDeclaration> | readonly ts.ParameterDeclaration[],
      body: ts.Block,
      dropAsterisk: boolean,
    ): ts.Node {
      const asterisk = dropAsterisk ? undefined : (node as { asteriskToken?: ts.AsteriskToken }).asteriskToken
      const params = f.createNodeArray(parameters)
      switch (node.kind) {
        case S.FunctionDeclaration: {
          const n = node
          return f.updateFunctionDeclaration(n, modifiers, asterisk, n.name, undefined, params, undefined, body)
        }
        case S.FunctionExpression: {
          const n = node
          return f.updateFunctionExpression(
            n,
            modifiers as readonly ts.Modifier[] | undefined,
            asterisk,
            n.name,
            undefined,
            params,
            undefined,
            body,
          )
        }
        case S.ArrowFunction: {
          const n = node
          return f.updateArrowFunction(
            n,
            modifiers as readonly ts.Modifier[] | undefined,
            undefined,
            params,
            undefined,
            n.equalsGreaterThanToken,
            body,
          )
        }
        case S.MethodDeclaration: {
          const n = node
          return f.updateMethodDeclaration(
            n,
            modifiers,
            asterisk,
            visitPropertyName(n.name),
            n.questionToken,
            undefined,
            params,
            undefined,
            body,
          )
        }
        case S.GetAccessor: {
          const n = node
          return f.updateGetAccessorDeclaration(n, modifiers, visitPropertyName(n.name), params, undefined, body)
        }
        case S.SetAccessor: {
          const n = node
          return f.updateSetAccessorDeclaration(n, modifiers, visitPropertyName(n.name), params, body)
        }
        default: {
          const n = node
          return f.updateConstructorDeclaration(n, modifiers, params, body)
        }
      }
    }

    function visitPropertyName<T extends ts.PropertyName>(name: T): T {
      return tsApi.isComputedPropertyName(name) ? (tsApi.visitNode(name, visit) as T) : name
    }

    // ── await, yield, return, for await ───────────────────────────────────

    function currentFunctionScope(): Scope | undefined {
      for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i]!.kind !== 'static-block') return scopes[i]
      return undefined
    }

    function awaitOperandFor(node: ts.Node, expression: ts.Expression): ts.Expression {
      return f.createParenthesizedExpression(f.createYieldExpression(undefined, call('$ll_w', [expression, num(loc(node, 'await'))])))
    }

    function visitAwait(node: ts.AwaitExpression): ts.Expression {
      const s = scope()
      const expression = visitExpression(node.expression)
      if (s.kind === 'module') output.hasTopLevelAwait = true
      else if (!isLowered(s)) {
        report(node, '`await` is only valid in async functions and at the top level of the program.')
        return expression
      }
      return awaitOperandFor(node, expression)
    }

    function visitYield(node: ts.YieldExpression): ts.Expression {
      const s = scope()
      const operand = node.expression ? visitExpression(node.expression) : f.createVoidZero()
      const l = loc(node, 'yield')
      if (s.kind === 'async-generator') {
        const helper = node.asteriskToken ? '$ll_yy' : '$ll_y'
        return f.createParenthesizedExpression(f.createYieldExpression(undefined, call(helper, [operand, num(l)])))
      }
      if (s.kind === 'generator') {
        const suspended = call('$ll_ys', [id('$ll_f'), operand])
        const yielded = node.asteriskToken
          ? f.createYieldExpression(node.asteriskToken, suspended)
          : f.createYieldExpression(undefined, suspended)
        return call('$ll_yr', [id('$ll_f'), yielded])
      }
      report(node, '`yield` is only valid in generator functions.')
      return operand
    }

    function visitReturn(node: ts.ReturnStatement): ts.Statement {
      if (node.expression && currentFunctionScope()?.kind === 'async-generator') {
        return f.updateReturnStatement(node, awaitOperandFor(node, visitExpression(node.expression)))
      }
      return tsApi.visitEachChild(node, visit, context)
    }

    function visitForAwait(node: ts.ForOfStatement, label?: ts.Identifier): ts.Statement {
      const s = scope()
      if (s.kind === 'module') output.hasTopLevelAwait = true
      else if (!isLowered(s)) {
        report(node, '`for await` is only valid in async functions and at the top level of the program.')
        return node
      }
      const n = ++uniqueCounter
      const it = `$ll_it${n}`
      const r = `$ll_r${n}`
      const thrown = `$ll_t${n}`
      const l = loc(node, 'for-await')
      const fa = (method: string, args: ts.Expression[]) =>
        f.createCallExpression(f.createPropertyAccessExpression(id('$ll_fa'), method), undefined, args)
      const awaitOf = (expression: ts.Expression) =>
        f.createParenthesizedExpression(f.createYieldExpression(undefined, call('$ll_w', [expression, num(l)])))
      const constDecl = (name: string, init: ts.Expression) =>
        f.createVariableStatement(
          undefined,
          f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, undefined, init)], tsApi.NodeFlags.Const),
        )

      const valueExpression = fa('value', [id(it), id(r)])
      let binding: ts.Statement
      const initializer = node.initializer
      if (tsApi.isVariableDeclarationList(initializer)) {
        const declaration = initializer.declarations[0]!
        binding = f.createVariableStatement(
          undefined,
          f.createVariableDeclarationList(
            [
              f.createVariableDeclaration(
                tsApi.visitNode(declaration.name, visit) as ts.BindingName,
                undefined,
                undefined,
                valueExpression,
              ),
            ],
            initializer.flags,
          ),
        )
      } else {
        binding = f.createExpressionStatement(f.createAssignment(visitExpression(initializer), valueExpression))
      }
      const bodyStatements = tsApi.isBlock(node.statement)
        ? instrumentStatements(node.statement.statements)
        : instrumentStatements([node.statement])
      const loopBody = f.createBlock(
        [
          constDecl(r, awaitOf(fa('next', [id(it)]))),
          f.createIfStatement(fa('done', [id(it), id(r)]), f.createBreakStatement()),
          binding,
          ...bodyStatements,
        ],
        true,
      )
      let loop: ts.Statement = f.createForStatement(undefined, loopGuard(node), undefined, loopBody)
      if (label) loop = f.createLabeledStatement(label, loop)
      const closeStart = fa('closeStart', [id(it)])
      const closeOnThrow = f.createTryStatement(
        f.createBlock(
          [
            constDecl(`$ll_c${n}`, closeStart),
            f.createIfStatement(
              f.createStrictInequality(id(`$ll_c${n}`), f.createPropertyAccessExpression(id('$ll_fa'), 'NONE')),
              f.createExpressionStatement(awaitOf(id(`$ll_c${n}`))),
            ),
          ],
          true,
        ),
        f.createCatchClause(undefined, f.createBlock([], false)),
        undefined,
      )
      const closeNormally = f.createBlock(
        [
          constDecl(`$ll_c${n}`, closeStart),
          f.createIfStatement(
            f.createStrictInequality(id(`$ll_c${n}`), f.createPropertyAccessExpression(id('$ll_fa'), 'NONE')),
            f.createExpressionStatement(fa('closeEnd', [awaitOf(id(`$ll_c${n}`))])),
          ),
        ],
        true,
      )
      return f.createBlock(
        [
          constDecl(it, fa('open', [visitExpression(node.expression)])),
          f.createVariableStatement(
            undefined,
            f.createVariableDeclarationList(
              [f.createVariableDeclaration(thrown, undefined, undefined, f.createFalse())],
              tsApi.NodeFlags.Let,
            ),
          ),
          f.createTryStatement(
            f.createBlock([loop], true),
            f.createCatchClause(
              '$ll_e',
              f.createBlock(
                [f.createExpressionStatement(f.createAssignment(id(thrown), f.createTrue())), f.createThrowStatement(id('$ll_e'))],
                true,
              ),
            ),
            f.createBlock(
              [
                f.createIfStatement(
                  fa('mustClose', [id(it)]),
                  f.createIfStatement(id(thrown), f.createBlock([closeOnThrow], true), closeNormally),
                ),
              ],
              true,
            ),
          ),
        ],
        true,
      )
    }

    // ── super and arguments inside lowered bodies ─────────────────────────

    /** The scope that must declare `$ll_sup` for a `super` reference here, if any. */
    function superTarget(): Scope | undefined {
      let target: Scope | undefined
      for (let i = scopes.length - 1; i >= 0; i--) {
        const s = scopes[i]!
        if (isLowered(s)) target = s
        if (!s.isArrow || s.kind === 'module' || s.kind === 'static-block') break
      }
      return target
    }

    function markArguments(): void {
      for (let i = scopes.length - 1; i >= 0; i--) {
        const s = scopes[i]!
        if (!s.isArrow) break
        if (isLowered(s)) s.usesArguments = true
      }
    }

    function superKey(expression: ts.PropertyAccessExpression | ts.ElementAccessExpression): ts.Expression {
      return tsApi.isPropertyAccessExpression(expression)
        ? f.createStringLiteral(expression.name.text)
        : visitExpression(expression.argumentExpression)
    }

    function isSuperProperty(node: ts.Node): node is ts.PropertyAccessExpression | ts.ElementAccessExpression {
      return (tsApi.isPropertyAccessExpression(node) || tsApi.isElementAccessExpression(node)) && node.expression.kind === S.SuperKeyword
    }

    function supGet(key: ts.Expression): ts.Expression {
      return f.createCallExpression(f.createPropertyAccessExpression(id('$ll_sup'), 'get'), undefined, [key])
    }

    // ── the visitor ───────────────────────────────────────────────────────

    function visitExpression(node: ts.Expression): ts.Expression {
      return tsApi.visitNode(node, visit) as ts.Expression
    }

    function visit(node: ts.Node): ts.VisitResult<ts.Node> {
      switch (node.kind) {
        case S.FunctionDeclaration:
        case S.FunctionExpression:
        case S.ArrowFunction:
        case S.MethodDeclaration:
        case S.GetAccessor:
        case S.SetAccessor:
        case S.Constructor:
          return visitFunction(node as FunctionLike)
        case S.ClassStaticBlockDeclaration: {
          const block = node as ts.ClassStaticBlockDeclaration
          scopes.push({ kind: 'static-block', isArrow: false, usesSuper: false, usesArguments: false })
          const body = visitBlock(block.body)
          scopes.pop()
          return f.updateClassStaticBlockDeclaration(block, body)
        }
        case S.ClassDeclaration:
        case S.ClassExpression: {
          const cls = node as ts.ClassDeclaration | ts.ClassExpression
          containers.push({ hasLowered: false })
          const visited = tsApi.visitEachChild(cls, visit, context)
          const { hasLowered } = containers.pop()!
          if (!hasLowered) return visited
          const marker = f.createClassStaticBlockDeclaration(
            f.createBlock([f.createExpressionStatement(call('$ll_mc', [f.createThis()]))], false),
          )
          const members = [...visited.members, marker]
          return tsApi.isClassDeclaration(visited)
            ? f.updateClassDeclaration(visited, visited.modifiers, visited.name, visited.typeParameters, visited.heritageClauses, members)
            : f.updateClassExpression(visited, visited.modifiers, visited.name, visited.typeParameters, visited.heritageClauses, members)
        }
        case S.ObjectLiteralExpression: {
          containers.push({ hasLowered: false })
          const visited = tsApi.visitEachChild(node, visit, context) as ts.ObjectLiteralExpression
          const { hasLowered } = containers.pop()!
          return hasLowered ? call('$ll_mc', [visited]) : visited
        }
        case S.AwaitExpression:
          return visitAwait(node as ts.AwaitExpression)
        case S.YieldExpression:
          return visitYield(node as ts.YieldExpression)
        case S.ReturnStatement:
          return visitReturn(node as ts.ReturnStatement)
        case S.Block:
          return visitBlock(node as ts.Block)
        case S.CaseClause: {
          const clause = node as ts.CaseClause
          return f.updateCaseClause(clause, visitExpression(clause.expression), instrumentStatements(clause.statements))
        }
        case S.DefaultClause: {
          const clause = node as ts.DefaultClause
          return f.updateDefaultClause(clause, instrumentStatements(clause.statements))
        }
        case S.IfStatement: {
          const n = node as ts.IfStatement
          const elseBranch = n.elseStatement
            ? tsApi.isIfStatement(n.elseStatement)
              ? (visit(n.elseStatement) as ts.Statement)
              : asBlock(n.elseStatement)
            : undefined
          return f.updateIfStatement(n, visitExpression(n.expression), asBlock(n.thenStatement), elseBranch)
        }
        case S.WhileStatement: {
          const n = node as ts.WhileStatement
          return f.updateWhileStatement(n, guarded(n, n.expression), asBlock(n.statement))
        }
        case S.DoStatement: {
          const n = node as ts.DoStatement
          return f.updateDoStatement(n, asBlock(n.statement), guarded(n, n.expression))
        }
        case S.ForStatement: {
          const n = node as ts.ForStatement
          const init = n.initializer ? (tsApi.visitNode(n.initializer, visit) as ts.ForInitializer) : undefined
          const incrementor = n.incrementor ? visitExpression(n.incrementor) : undefined
          return f.updateForStatement(n, init, guarded(n, n.condition), incrementor, asBlock(n.statement))
        }
        case S.ForInStatement:
        case S.ForOfStatement: {
          const n = node as ts.ForInStatement | ts.ForOfStatement
          if (tsApi.isForOfStatement(n) && n.awaitModifier) return visitForAwait(n)
          const guard = f.createExpressionStatement(loopGuard(n))
          const body = asBlock(n.statement)
          const newBody = f.updateBlock(body, [guard, ...body.statements])
          const init = tsApi.visitNode(n.initializer, visit) as ts.ForInitializer
          return tsApi.isForOfStatement(n)
            ? f.updateForOfStatement(n, n.awaitModifier, init, visitExpression(n.expression), newBody)
            : f.updateForInStatement(n, init, visitExpression(n.expression), newBody)
        }
        case S.LabeledStatement: {
          const n = node as ts.LabeledStatement
          if (tsApi.isForOfStatement(n.statement) && n.statement.awaitModifier) return visitForAwait(n.statement, n.label)
          const inner = tsApi.isBlock(n.statement) || isIteration(n.statement) ? (visit(n.statement) as ts.Statement) : asBlock(n.statement)
          return f.updateLabeledStatement(n, n.label, inner)
        }
        case S.Identifier:
          if ((node as ts.Identifier).text === 'arguments') markArguments()
          return node
        case S.PropertyAccessExpression: {
          const n = node as ts.PropertyAccessExpression
          if (n.expression.kind === S.SuperKeyword) {
            const target = superTarget()
            if (target) {
              target.usesSuper = true
              return supGet(superKey(n))
            }
            return n
          }
          return f.updatePropertyAccessExpression(n, visitExpression(n.expression), n.name)
        }
        case S.ElementAccessExpression: {
          const n = node as ts.ElementAccessExpression
          if (n.expression.kind === S.SuperKeyword) {
            const target = superTarget()
            if (target) {
              target.usesSuper = true
              return supGet(superKey(n))
            }
          }
          return tsApi.visitEachChild(n, visit, context)
        }
        case S.CallExpression: {
          const n = node as ts.CallExpression
          if (isSuperProperty(n.expression)) {
            const target = superTarget()
            if (target) {
              target.usesSuper = true
              const method = supGet(superKey(n.expression))
              const args = tsApi.visitNodes(n.arguments, visit) as ts.NodeArray<ts.Expression>
              return f.createCallExpression(f.createPropertyAccessExpression(f.createParenthesizedExpression(method), 'call'), undefined, [
                f.createThis(),
                ...args,
              ])
            }
          }
          return tsApi.visitEachChild(n, visit, context)
        }
        case S.BinaryExpression: {
          const n = node as ts.BinaryExpression
          if (isSuperProperty(n.left)) {
            const target = superTarget()
            if (target) {
              if (n.operatorToken.kind !== S.EqualsToken) {
                report(
                  n,
                  'Compound assignment to a `super` property inside an async function is not supported by Looplab; write `super.x = super.x + …` instead.',
                )
                return n
              }
              target.usesSuper = true
              return f.createCallExpression(f.createPropertyAccessExpression(id('$ll_sup'), 'set'), undefined, [
                superKey(n.left),
                visitExpression(n.right),
              ])
            }
          }
          return tsApi.visitEachChild(n, visit, context)
        }
        default:
          return tsApi.visitEachChild(node, visit, context)
      }
    }

    function isIteration(node: ts.Statement): boolean {
      return (
        tsApi.isWhileStatement(node) ||
        tsApi.isDoStatement(node) ||
        tsApi.isForStatement(node) ||
        tsApi.isForInStatement(node) ||
        tsApi.isForOfStatement(node)
      )
    }

    return (file) => {
      scopes.push({ kind: 'module', isArrow: false, usesSuper: false, usesArguments: false })
      const statements = instrumentStatements(file.statements)
      scopes.pop()
      return f.updateSourceFile(file, statements)
    }
  }
}
