import type ts from 'typescript'

/** The name a function gets in the call stack, from its declaration or where it is assigned. */
export function functionName(tsApi: typeof ts, node: ts.Node): string {
  const own = (node as { name?: ts.Node }).name
  const owner = classOwner(tsApi, node)
  if (own && (tsApi.isIdentifier(own) || tsApi.isPrivateIdentifier(own) || tsApi.isStringLiteral(own) || tsApi.isNumericLiteral(own))) {
    const name = own.text
    if (tsApi.isConstructorDeclaration(node)) return owner ? `new ${owner}` : 'constructor'
    if (tsApi.isGetAccessorDeclaration(node)) return owner ? `get ${owner}.${name}` : `get ${name}`
    if (tsApi.isSetAccessorDeclaration(node)) return owner ? `set ${owner}.${name}` : `set ${name}`
    return owner && !tsApi.isFunctionExpression(node) && !tsApi.isFunctionDeclaration(node) ? `${owner}.${name}` : name
  }
  if (tsApi.isConstructorDeclaration(node)) return owner ? `new ${owner}` : 'constructor'
  const parent = node.parent
  if (!parent) return '(anonymous)'
  if (tsApi.isVariableDeclaration(parent) && tsApi.isIdentifier(parent.name)) return parent.name.text
  if (tsApi.isPropertyAssignment(parent) && (tsApi.isIdentifier(parent.name) || tsApi.isStringLiteral(parent.name))) return parent.name.text
  if (tsApi.isPropertyDeclaration(parent) && (tsApi.isIdentifier(parent.name) || tsApi.isPrivateIdentifier(parent.name))) {
    const cls = classOwner(tsApi, parent)
    return cls ? `${cls}.${parent.name.text}` : parent.name.text
  }
  if (tsApi.isBinaryExpression(parent) && parent.operatorToken.kind === tsApi.SyntaxKind.EqualsToken) {
    const target = parent.left
    if (tsApi.isIdentifier(target)) return target.text
    if (tsApi.isPropertyAccessExpression(target)) return target.name.text
  }
  if (tsApi.isParameter(parent) && tsApi.isIdentifier(parent.name)) return parent.name.text
  return '(anonymous)'
}

function classOwner(tsApi: typeof ts, node: ts.Node): string | undefined {
  const parent = node.parent
  if (!parent) return undefined
  if ((tsApi.isClassDeclaration(parent) || tsApi.isClassExpression(parent)) && parent.name) return parent.name.text
  if (
    tsApi.isClassExpression(parent) &&
    parent.parent &&
    tsApi.isVariableDeclaration(parent.parent) &&
    tsApi.isIdentifier(parent.parent.name)
  ) {
    return parent.parent.name.text
  }
  return undefined
}

/**
 * The name NamedEvaluation gives an anonymous function or arrow from where it
 * stands (`const load = async () => …`, `{ load: async function () {} }`,
 * `load = …`, defaults, class fields), or undefined where it gets none.
 */
export function namedEvaluationName(tsApi: typeof ts, node: ts.Node): string | undefined {
  if ((node as { name?: ts.Node }).name) return undefined
  let inner: ts.Node = node
  let parent = node.parent
  while (parent && tsApi.isParenthesizedExpression(parent)) {
    inner = parent
    parent = parent.parent
  }
  if (!parent) return undefined
  const keyText = (name: ts.Node): string | undefined => {
    if (tsApi.isIdentifier(name) || tsApi.isStringLiteral(name) || tsApi.isPrivateIdentifier(name)) return name.text
    if (tsApi.isNumericLiteral(name)) return String(Number(name.text))
    return undefined
  }
  if (tsApi.isVariableDeclaration(parent) && parent.initializer === inner && tsApi.isIdentifier(parent.name)) return parent.name.text
  if ((tsApi.isParameter(parent) || tsApi.isBindingElement(parent)) && parent.initializer === inner && tsApi.isIdentifier(parent.name)) {
    return parent.name.text
  }
  if (tsApi.isShorthandPropertyAssignment(parent) && parent.objectAssignmentInitializer === inner) return parent.name.text
  if (tsApi.isPropertyAssignment(parent) && parent.initializer === inner) return keyText(parent.name)
  if (tsApi.isPropertyDeclaration(parent) && parent.initializer === inner) return keyText(parent.name)
  if (tsApi.isExportAssignment(parent)) return 'default'
  if (tsApi.isBinaryExpression(parent) && parent.right === inner && tsApi.isIdentifier(parent.left)) {
    const op = parent.operatorToken.kind
    const S = tsApi.SyntaxKind
    if (
      op === S.EqualsToken ||
      op === S.BarBarEqualsToken ||
      op === S.AmpersandAmpersandEqualsToken ||
      op === S.QuestionQuestionEqualsToken
    ) {
      return parent.left.text
    }
  }
  return undefined
}
