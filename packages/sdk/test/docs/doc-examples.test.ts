/**
 * Every public method and function of the package's entry points carries an `@example`
 * in its doc comment (TypeDoc shows it in the API reference). `toJSON` is exempt: it is
 * JSON.stringify's hook, not something users call.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY_POINTS = ['src/index.ts', 'src/simulator/index.ts'].map((p) => resolve(ROOT, p));

function methodsWithoutExample(): string[] {
  const program = ts.createProgram(ENTRY_POINTS, {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  const check = (name: string, node: ts.Node) => {
    if (!ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'example')) missing.push(name);
  };
  for (const entry of ENTRY_POINTS) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry) as ts.SourceFile);
    for (let symbol of module ? checker.getExportsOfModule(module) : []) {
      if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      for (const declaration of symbol.declarations ?? []) {
        if (ts.isFunctionDeclaration(declaration)) check(symbol.name, declaration);
        if (!ts.isClassDeclaration(declaration) && !ts.isInterfaceDeclaration(declaration)) continue;
        for (const member of declaration.members) {
          if (!ts.isMethodDeclaration(member) && !ts.isMethodSignature(member)) continue;
          if (!member.name || ts.isPrivateIdentifier(member.name) || ts.isComputedPropertyName(member.name)) continue;
          if (ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
          const name = member.name.getText();
          if (name !== 'toJSON') check(`${symbol.name}.${name}`, member);
        }
      }
    }
  }
  return missing;
}

describe('API docs', () => {
  it('have an @example on every public method and function', () => {
    const missing = methodsWithoutExample();
    expect(missing).toEqual([]);
  });
});
