import type ts from 'typescript'
import type { LocationId } from '../trace/ids.ts'
import type { FunctionKind } from '../trace/program.ts'
import { diagnosticAt, type Diagnostic } from './diagnostics.ts'
import { skipTrivia, type LocationTable } from './locations.ts'
import { isReferenceOrBinding } from './earlyErrors.ts'
import { isRequireCall, type ModuleUse } from './modules.ts'
import { functionName, namedEvaluationName } from './names.ts'
import { visibleNames } from './scopeNames.ts'

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
 * - `super` and `arguments` inside lowered bodies keep their meaning;
 * - `import … from 'node:x'` becomes `const … = $ll_rq('node:x', loc, form)`
 *   hoisted to the top of the module, `require('x')` becomes
 *   `$ll_rq('x', loc, 0)`, and `import.meta` the runtime's `$ll_im`.
 *
 * The module body itself is lowered like an async function by the caller.
 */

type ScopeKind = 'module' | 'async' | 'async-generator' | 'generator' | 'sync' | 'static-block'

interface Scope {
  kind: ScopeKind
  isArrow: boolean
  /** Set when a `super` property inside a lowered body needs `$ll_sup` declared here. */
  usesSuper: boolean
  /**
   * Set on the outermost lowered async arrow of a chain of arrows whose
   * bodies refer to `arguments`: the local that holds the enclosing
   * function's `arguments` object (a lowered body is a generator of its own,
   * whose `arguments` would be a different object).
   */
  argumentsAlias?: string
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
  modules: Pick<ModuleUse, 'declaresRequire'>,
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
    /** The module's imports, rewritten, to be hoisted above its first statement. */
    const imports: ts.Statement[] = []

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
      if (!l) return undefined
      const reader = scopeReader(node)
      return f.createExpressionStatement(reader ? f.createLogicalAnd(call('$ll_s', [num(l)]), reader) : call('$ll_s', [num(l)]))
    }

    /**
     * `$ll_v("a,b|c", (k) => { switch (k) { case 0: return a … } })`: reads the bindings in scope,
     * one at a time (a binding still in its temporal dead zone throws, and is skipped). Called only
     * when `$ll_s` asks for it, in a run that inspects scopes; a normal run never creates the closure.
     */
    function scopeReader(node: ts.Node): ts.Expression | undefined {
      const o = original(node)
      if (!o.parent) return undefined
      const { locals, closure } = visibleNames(tsApi, o)
      const names = [...locals, ...closure]
      if (names.length === 0) return undefined
      const k = id('$ll_k')
      const cases = names.map((name, i) => f.createCaseClause(num(i), [f.createReturnStatement(id(name))]))
      const reader = f.createArrowFunction(
        undefined,
        undefined,
        [f.createParameterDeclaration(undefined, undefined, k)],
        undefined,
        f.createToken(S.EqualsGreaterThanToken),
        f.createBlock([f.createSwitchStatement(k, f.createCaseBlock(cases))], false),
      )
      return call('$ll_v', [f.createStringLiteral(`${locals.join(',')}|${closure.join(',')}`), reader])
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
      const markStatements = marks.map((name) =>
        f.createExpressionStatement(f.createAssignment(id(name.text), call('$ll_mk', [id(name.text)]))),
      )
      const [directives, rest] = prologue(out)
      return [...directives, ...markStatements, ...rest]
    }

    function instrumentStatementList(statements: readonly ts.Statement[]): ts.Statement[] {
      const out: ts.Statement[] = []
      for (const statement of statements) {
        if (tsApi.isImportDeclaration(statement)) {
          imports.push(...importStatements(statement))
          continue
        }
        if (tsApi.isExportDeclaration(statement) || tsApi.isExportAssignment(statement)) {
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

    // ── modules ───────────────────────────────────────────────────────────

    /** `$ll_rq(specifier, loc, form)`: form 0 is the module's exports object (default import, require), 1 its namespace. */
    function requireCall(specifier: string, node: ts.Node, form: 0 | 1): ts.Expression {
      return call('$ll_rq', [f.createStringLiteral(specifier), num(loc(node, 'statement')), num(form)])
    }

    function constStatement(name: ts.BindingName, init: ts.Expression): ts.Statement {
      return f.createVariableStatement(
        undefined,
        f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, undefined, init)], tsApi.NodeFlags.Const),
      )
    }

    /** An import declaration as constant bindings (Node's built-ins have no live bindings worth keeping). */
    function importStatements(node: ts.ImportDeclaration): ts.Statement[] {
      if (!tsApi.isStringLiteral(node.moduleSpecifier)) return []
      const specifier = node.moduleSpecifier.text
      const clause = node.importClause
      if (!clause) return [f.createExpressionStatement(requireCall(specifier, node, 0))]
      if (clause.isTypeOnly) return []
      const out: ts.Statement[] = []
      if (clause.name) out.push(constStatement(clause.name, requireCall(specifier, node, 0)))
      const bindings = clause.namedBindings
      if (bindings && tsApi.isNamespaceImport(bindings)) out.push(constStatement(bindings.name, requireCall(specifier, node, 1)))
      else if (bindings) {
        const elements = bindings.elements
          .filter((element) => !element.isTypeOnly)
          .map((element) =>
            f.createBindingElement(
              undefined,
              element.propertyName ? f.createIdentifier(element.propertyName.text) : undefined,
              element.name,
            ),
          )
        if (elements.length > 0) out.push(constStatement(f.createObjectBindingPattern(elements), requireCall(specifier, node, 1)))
      }
      return out
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
      const fnId = getTable().addFunction(functionName(tsApi, o), tableKind(node, kind), loc(node, 'function'), o, sourceTextStart(o))
      const own: Scope = { kind, isArrow: tsApi.isArrowFunction(node), usesSuper: false }
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
        else if (tsApi.isFunctionExpression(node) || tsApi.isArrowFunction(node)) return call('$ll_mk', markCallArguments(node, lowered))
        else if (containers.length > 0) containers[containers.length - 1]!.hasLowered = true
        return lowered
      }
      const newBody = kind === 'generator' ? frameBody(statements, fnId, '$ll_eg', '$ll_xg') : frameBody(statements, fnId, '$ll_e', '$ll_x')
      return rebuild(node, tsApi.getModifiers(node), parameters, newBody, false)
    }

    /**
     * Where V8's `toString` source text of a function starts: modifiers other
     * than `async` (`static`, `export`, TypeScript's `public`, decorators) are
     * not part of it.
     */
    function sourceTextStart(node: ts.Node): number | undefined {
      if (node.pos < 0 || !tsApi.canHaveModifiers(node)) return undefined
      const modifiers = tsApi.getModifiers(node) ?? []
      const decorators = tsApi.canHaveDecorators(node) ? (tsApi.getDecorators(node) ?? []) : []
      const all = [...decorators, ...modifiers].sort((a, b) => a.pos - b.pos)
      if (all.length === 0) return undefined
      const asyncModifier = all.find((m) => m.kind === S.AsyncKeyword)
      const file = node.getSourceFile()
      if (asyncModifier) return asyncModifier.getStart(file)
      return skipTrivia(file.text, all[all.length - 1]!.end)
    }

    /** `$ll_mk`'s arguments: the function, its NamedEvaluation name, and an arrow's length when its parameters moved. */
    function markCallArguments(node: ts.FunctionExpression | ts.ArrowFunction, lowered: ts.Node): ts.Expression[] {
      const name = namedEvaluationName(tsApi, original(node))
      const moved = tsApi.isArrowFunction(node) && !isSimpleParameterList(node.parameters)
      const args: ts.Expression[] = [lowered as ts.Expression]
      if (name !== undefined || moved) args.push(name !== undefined ? f.createStringLiteral(name) : f.createVoidZero())
      if (moved) args.push(num(expectedArgumentCount(node.parameters)))
      return args
    }

    /** ExpectedArgumentCount: the parameters before the first default or rest (a function's `length`). */
    function expectedArgumentCount(parameters: readonly ts.ParameterDeclaration[]): number {
      let count = 0
      while (count < parameters.length && !parameters[count]!.initializer && !parameters[count]!.dotDotDotToken) count++
      return count
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
        args = isArrow ? f.createArrayLiteralExpression([]) : id('arguments')
      } else if (isArrow) {
        outerParameters = [f.createParameterDeclaration(undefined, f.createToken(S.DotDotDotToken), '$ll_p')]
        args = id('$ll_p')
      } else {
        // Placeholders keep the function's `length`; `arguments` still holds what was passed.
        outerParameters = Array.from({ length: expectedArgumentCount(parameters) }, (_, i) =>
          f.createParameterDeclaration(undefined, undefined, `$ll_p${i}`),
        )
        args = id('arguments')
      }
      const start = call(own.kind === 'async-generator' ? '$ll_ag' : '$ll_a', [num(fnId), f.createThis(), args, generator])
      const body: ts.Statement[] = []
      if (own.usesSuper) body.push(superAccessor())
      if (own.argumentsAlias) {
        body.push(
          f.createVariableStatement(
            undefined,
            f.createVariableDeclarationList(
              [f.createVariableDeclaration(own.argumentsAlias, undefined, undefined, id('arguments'))],
              tsApi.NodeFlags.Const,
            ),
          ),
        )
      }
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

    /** `arguments` inside lowered async arrows: the alias of the outermost one, else unchanged. */
    function visitArguments(node: ts.Identifier): ts.Identifier {
      if (!isReferenceOrBinding(tsApi, original(node) as ts.Identifier)) return node
      let outermost: Scope | undefined
      for (let i = scopes.length - 1; i >= 0; i--) {
        const s = scopes[i]!
        if (!s.isArrow) break
        if (isLowered(s)) outermost = s
      }
      if (!outermost) return node
      outermost.argumentsAlias ??= `$ll_args${++uniqueCounter}`
      return id(outermost.argumentsAlias)
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
          scopes.push({ kind: 'static-block', isArrow: false, usesSuper: false })
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
          if ((node as ts.Identifier).text === 'arguments') return visitArguments(node as ts.Identifier)
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
          // TypeScript's updatePropertyAccessExpression rejects a private name in an optional chain (`this?.#x`).
          if (tsApi.isPropertyAccessChain(n))
            return f.updatePropertyAccessChain(n, visitExpression(n.expression), n.questionDotToken, n.name)
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
        case S.MetaProperty: {
          const n = node as ts.MetaProperty
          return n.keywordToken === S.ImportKeyword ? id('$ll_im') : n
        }
        case S.CallExpression: {
          const n = node as ts.CallExpression
          const argument = n.arguments[0]
          if (isRequireCall(tsApi, n, modules) && argument && tsApi.isStringLiteralLike(argument)) {
            return requireCall(argument.text, n, 0)
          }
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
      scopes.push({ kind: 'module', isArrow: false, usesSuper: false })
      const statements = instrumentStatements(file.statements)
      scopes.pop()
      const [directives, rest] = prologue(statements)
      return f.updateSourceFile(file, [...directives, ...imports, ...rest])
    }
  }
}
