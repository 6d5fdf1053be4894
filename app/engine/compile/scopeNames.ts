import type ts from 'typescript'

/** The bindings a statement can see: its own function's (locals), then its enclosing functions' (closure). */
export interface VisibleNames {
  locals: string[]
  closure: string[]
}

/**
 * The names in scope at a statement, read from the original syntax tree by
 * walking up from it: each enclosing block's declarations (let, const, var,
 * class), loop and catch bindings, and parameters. Module-level names count as
 * locals only for module-level statements (the module has its own frame).
 * Function declarations are left out: they are code, not state.
 */
export function visibleNames(tsApi: typeof ts, statement: ts.Node): VisibleNames {
  const locals: string[] = []
  const closure: string[] = []
  const seen = new Set<string>()
  let target = locals
  const add = (name: string) => {
    if (seen.has(name) || name.startsWith('$ll')) return
    seen.add(name)
    target.push(name)
  }
  const addBinding = (name: ts.BindingName) => {
    if (tsApi.isIdentifier(name)) add(name.text)
    else for (const element of name.elements) if (!tsApi.isOmittedExpression(element)) addBinding(element.name)
  }
  const addDeclarations = (statements: readonly ts.Statement[]) => {
    for (const s of statements) {
      if (tsApi.isVariableStatement(s)) for (const d of s.declarationList.declarations) addBinding(d.name)
      else if (tsApi.isClassDeclaration(s) && s.name) add(s.name.text)
      else if (tsApi.isEnumDeclaration(s)) add(s.name.text)
    }
  }
  let node: ts.Node | undefined = statement.parent
  let insideFunction = false
  while (node) {
    if (tsApi.isSourceFile(node)) {
      if (!insideFunction) addDeclarations(node.statements)
      break
    }
    if (tsApi.isBlock(node) || tsApi.isModuleBlock(node)) addDeclarations(node.statements)
    else if (tsApi.isCaseBlock(node)) for (const clause of node.clauses) addDeclarations(clause.statements)
    else if ((tsApi.isForStatement(node) || tsApi.isForOfStatement(node) || tsApi.isForInStatement(node)) && node.initializer) {
      if (tsApi.isVariableDeclarationList(node.initializer)) for (const d of node.initializer.declarations) addBinding(d.name)
    } else if (tsApi.isCatchClause(node) && node.variableDeclaration) addBinding(node.variableDeclaration.name)
    else if (tsApi.isFunctionLike(node)) {
      for (const parameter of node.parameters) addBinding(parameter.name)
      insideFunction = true
      target = closure
    }
    node = node.parent
  }
  return { locals, closure }
}
