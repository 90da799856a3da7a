import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * State that outlives a call, found at module level in a tree of TypeScript sources: variables declared with `let` at
 * the top of a module, and writes that code inside a function (or a class) makes into a binding declared at the top of
 * its module or imports — `cache.set(…)`, `buffer[i] = …`, `state.last = …`, `counter++`. Writes made while the module loads are
 * not state: they run once, before anyone calls. Names are resolved by the type checker, so a local that shadows a
 * module's name is not mistaken for it.
 */
export interface ModuleState {
  /** `path:name` of each top-level let */
  lets: string[];
  /** `path:name` of each top-level binding written from inside a function, with the line of the first write */
  writes: Map<string, number>;
}

const MUTATORS = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** The identifier an access chain starts from: `a` of `a.b[c].d`. */
function root(node: ts.Expression): ts.Identifier | undefined {
  let e = node;
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return ts.isIdentifier(e) ? e : undefined;
}

const isAssignment = (kind: ts.SyntaxKind): boolean => kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;

/** A regular expression's lastIndex, which sticky and global patterns are given right before each use. */
function isLastIndexOfPattern(target: ts.Expression, declaration: ts.Declaration | undefined): boolean {
  if (!ts.isPropertyAccessExpression(target) || target.name.text !== 'lastIndex' || !declaration || !ts.isVariableDeclaration(declaration)) return false;
  const init = declaration.initializer;
  return init !== undefined && (ts.isRegularExpressionLiteral(init) || (ts.isNewExpression(init) && init.expression.getText() === 'RegExp'));
}

export function moduleState(dir: string): ModuleState {
  const files = sources(dir);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true, noLib: true, noResolve: true, types: [],
  });
  const checker = program.getTypeChecker();
  const lets: string[] = [];
  const writes = new Map<string, number>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const path = relative(dir, file).split('\\').join('/');
    // a module's own bindings, and those it imports (another module's state, written from here)
    const topLevel = new Map<ts.Symbol, ts.Declaration>();
    for (const statement of source.statements) {
      const imported = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
      if (imported && !imported.isTypeOnly) {
        const names = imported.namedBindings;
        const ids = [imported.name, ...(names && ts.isNamedImports(names) ? names.elements.map((e) => e.name) : [names?.name])];
        for (const id of ids) {
          const symbol = id && checker.getSymbolAtLocation(id);
          if (symbol && id) topLevel.set(symbol, id.parent as ts.Declaration);
        }
      }
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) continue;
        const symbol = checker.getSymbolAtLocation(d.name);
        if (symbol) topLevel.set(symbol, d);
        if ((statement.declarationList.flags & ts.NodeFlags.BlockScoped) !== ts.NodeFlags.Const) lets.push(`${path}:${d.name.text}`);
      }
    }
    const written = (target: ts.Expression, at: ts.Node): void => {
      const id = root(target);
      const symbol = id && checker.getSymbolAtLocation(id);
      const declaration = symbol && topLevel.get(symbol);
      if (!id || !declaration || isLastIndexOfPattern(target, declaration)) return;
      const key = `${path}:${id.text}`;
      if (!writes.has(key)) writes.set(key, source.getLineAndCharacterOfPosition(at.getStart(source)).line + 1);
    };
    const visit = (node: ts.Node, inFunction: boolean): void => {
      if (inFunction) {
        if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)) written(node.left, node);
        else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
          (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) written(node.operand, node);
        else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && MUTATORS.has(node.expression.name.text)) {
          written(node.expression.expression, node);
        }
      }
      const entersFunction = ts.isFunctionLike(node) || ts.isClassLike(node);
      ts.forEachChild(node, (child) => visit(child, inFunction || entersFunction));
    };
    visit(source, false);
  }
  return { lets, writes };
}
