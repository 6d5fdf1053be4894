import type ts from 'typescript'
import { diagnosticAt, type Diagnostic } from './diagnostics.ts'

/** A declared name and the identifier that declares it. */
interface Declared {
  name: string
  at: ts.Identifier
  /** Where V8 points when this is the later declaration (a function declaration: its start). */
  reportAt?: ts.Node
}

/**
 * The redeclaration early errors of ECMA-262: a lexically declared name
 * (let, const, class, and function declarations in blocks and at a module's
 * top) may be declared only once in its scope, and no `var` or parameter of
 * that scope may share it. TypeScript finds these only in its binder, which
 * the compiler does not run. Reported at the later declaration, as V8 does.
 */
export function findRedeclarations(tsApi: typeof ts, file: ts.SourceFile): Diagnostic[] {
  const problems: Diagnostic[] = []
  const S = tsApi.SyntaxKind
  const conflict = (declared: Declared) =>
    problems.push(diagnosticAt(file, declared.reportAt ?? declared.at, `Identifier '${declared.name}' has already been declared`))

  const boundNames = (name: ts.BindingName | undefined, out: Declared[] = []): Declared[] => {
    if (!name) return out
    if (tsApi.isIdentifier(name)) out.push({ name: name.text, at: name })
    else for (const element of name.elements) if (!tsApi.isOmittedExpression(element)) boundNames(element.name, out)
    return out
  }
  const isAmbient = (node: ts.Node) =>
    !!(tsApi.canHaveModifiers(node) && tsApi.getModifiers(node)?.some((m) => m.kind === S.DeclareKeyword))
  const isLexicalList = (list: ts.VariableDeclarationList) => (list.flags & tsApi.NodeFlags.BlockScoped) !== 0
  const listNames = (list: ts.VariableDeclarationList) => list.declarations.flatMap((d) => boundNames(d.name))

  /** `var` names declared in `node` (not inside nested functions or classes). */
  const varNames = (node: ts.Node, out: Declared[] = []): Declared[] => {
    const walk = (child: ts.Node): void => {
      if (tsApi.isFunctionLike(child) || tsApi.isClassLike(child) || tsApi.isTypeNode(child) || isAmbient(child)) return
      if (tsApi.isVariableDeclarationList(child) && !isLexicalList(child)) out.push(...listNames(child))
      tsApi.forEachChild(child, walk)
    }
    walk(node)
    return out
  }

  /**
   * The lexical and top-level names of a statement list. `functionsAreLexical`
   * is false for function bodies and static blocks, where top-level function
   * declarations are var-scoped.
   */
  const lexicalNames = (statements: readonly ts.Statement[], functionsAreLexical: boolean) => {
    const lexical: Declared[] = []
    const topFunctions: Declared[] = []
    for (const statement of statements) {
      if (isAmbient(statement)) continue
      if (tsApi.isVariableStatement(statement) && isLexicalList(statement.declarationList))
        lexical.push(...listNames(statement.declarationList))
      else if (tsApi.isClassDeclaration(statement) && statement.name) lexical.push({ name: statement.name.text, at: statement.name })
      else if (tsApi.isFunctionDeclaration(statement) && statement.name && statement.body) {
        ;(functionsAreLexical ? lexical : topFunctions).push({ name: statement.name.text, at: statement.name, reportAt: statement })
      }
    }
    return { lexical, topFunctions }
  }

  /** Reports every name of `lexical` declared twice, or also in `others` (vars, parameters). */
  const checkScope = (lexical: Declared[], others: Declared[], othersAlwaysEarlier = false) => {
    const reported = new Set<ts.Identifier>()
    const flag = (a: Declared, b: Declared) => {
      const later = othersAlwaysEarlier ? a : a.at.pos > b.at.pos ? a : b
      if (reported.has(later.at)) return
      reported.add(later.at)
      conflict(later)
    }
    for (let i = 0; i < lexical.length; i++) {
      for (let j = 0; j < i; j++) if (lexical[j]!.name === lexical[i]!.name) flag(lexical[i]!, lexical[j]!)
      for (const other of others) if (other.name === lexical[i]!.name) flag(lexical[i]!, other)
    }
  }

  const checkStatements = (statements: readonly ts.Statement[], functionsAreLexical: boolean, parameters: Declared[] = []) => {
    const { lexical, topFunctions } = lexicalNames(statements, functionsAreLexical)
    if (lexical.length === 0) return
    const vars: Declared[] = []
    for (const statement of statements) varNames(statement, vars)
    checkScope(lexical, [...vars, ...topFunctions])
    if (parameters.length > 0) checkScope(lexical, parameters, true)
  }

  const visit = (node: ts.Node): void => {
    if (tsApi.isTypeNode(node) || tsApi.isInterfaceDeclaration(node) || tsApi.isTypeAliasDeclaration(node) || isAmbient(node)) return
    if (tsApi.isSourceFile(node)) checkStatements(node.statements, true)
    else if (tsApi.isFunctionLike(node) && 'body' in node && node.body && tsApi.isBlock(node.body)) {
      const parameters = node.parameters.flatMap((p) => boundNames(p.name))
      checkStatements(node.body.statements, false, parameters)
      for (const parameter of node.parameters) visit(parameter)
      for (const statement of node.body.statements) visit(statement)
      return
    } else if (tsApi.isClassStaticBlockDeclaration(node)) {
      checkStatements(node.body.statements, false)
      for (const statement of node.body.statements) visit(statement)
      return
    } else if (tsApi.isBlock(node)) checkStatements(node.statements, true)
    else if (tsApi.isCaseBlock(node))
      checkStatements(
        node.clauses.flatMap((clause) => clause.statements),
        true,
      )
    else if ((tsApi.isForStatement(node) || tsApi.isForInStatement(node) || tsApi.isForOfStatement(node)) && node.initializer) {
      const init = node.initializer
      if (tsApi.isVariableDeclarationList(init) && isLexicalList(init)) {
        const names = listNames(init)
        checkScope(names, varNames(node.statement))
      }
    } else if (tsApi.isCatchClause(node) && node.variableDeclaration) {
      const parameter = boundNames(node.variableDeclaration.name)
      checkScope(parameter, [], false)
      const { lexical } = lexicalNames(node.block.statements, true)
      checkScope(lexical, parameter, true)
      if (!tsApi.isIdentifier(node.variableDeclaration.name)) checkScope(varNames(node.block), parameter, true)
    }
    tsApi.forEachChild(node, visit)
  }
  visit(file)
  return problems
}
