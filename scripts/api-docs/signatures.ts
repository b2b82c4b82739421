/**
 * Reads the public resource methods of `AthenaClient` with the TypeScript compiler API:
 * each method's parameters, their types, its return type and its `@example`, exactly as
 * the signatures in packages/sdk/src say (so a change of return type shows up in the docs
 * without touching this script).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface SignatureParam {
  name: string;
  type: string;
  optional: boolean;
  /** Properties of an object-typed parameter (one level), for helpers without a table row. */
  properties?: { name: string; type: string; optional: boolean; doc: string }[];
  /** The parameter's type, for looking up table parameters by name. */
  lookup: (property: string) => string | undefined;
}

export interface MethodSignature {
  /** `resource.method`, e.g. `patients.getPatient`. */
  id: string;
  params: SignatureParam[];
  returns: string;
  example: string;
  /** The class that declares it, e.g. `PatientsResource` (internal base classes included). */
  declaredIn: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;

function program(): ts.Program {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram([join(root, 'packages/sdk/src/client.ts')], { ...parsed.options, noEmit: true });
}

function exampleOf(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  const tag = symbol.getJsDocTags(checker).find((t) => t.name === 'example');
  return ts.displayPartsToString(tag?.text).trim();
}

function isPlainObject(type: ts.Type): boolean {
  if (type.isUnion() || type.getCallSignatures().length > 0) return false;
  return (type.flags & ts.TypeFlags.Object) !== 0 && type.getProperties().length > 0 && !type.symbol?.name.endsWith('Array');
}

/** Every public method of every resource property of `AthenaClient`, in declaration order. */
export function readResourceMethods(): MethodSignature[] {
  const prog = program();
  const checker = prog.getTypeChecker();
  const source = prog.getSourceFile(join(root, 'packages/sdk/src/client.ts'));
  if (!source) throw new Error('api-docs: packages/sdk/src/client.ts not found');
  let clientClass: ts.ClassDeclaration | undefined;
  ts.forEachChild(source, (node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === 'AthenaClient') clientClass = node;
  });
  if (!clientClass) throw new Error('api-docs: class AthenaClient not found');
  const out: MethodSignature[] = [];
  for (const member of clientClass.members) {
    if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
    const resourceType = checker.getTypeAtLocation(member);
    // A resource is anything with a `caller`-backed base: detect it by name, as the public API does.
    const className = resourceType.symbol?.name ?? '';
    if (!className.endsWith('Resource')) continue;
    for (const prop of checker.getPropertiesOfType(resourceType)) {
      const decl = prop.valueDeclaration;
      if (!decl || !ts.isMethodDeclaration(decl)) continue;
      const modifiers = ts.getCombinedModifierFlags(decl);
      if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || prop.name.startsWith('#')) continue;
      const signature = checker.getSignaturesOfType(checker.getTypeOfSymbolAtLocation(prop, decl), ts.SignatureKind.Call)[0];
      if (!signature) continue;
      const params = signature.getParameters().map((p): SignatureParam => {
        const pdecl = p.valueDeclaration as ts.ParameterDeclaration;
        const type = checker.getTypeOfSymbolAtLocation(p, pdecl);
        // A type parameter (`feed: F`) reads as its constraint (`ChangeFeed`).
        const constraint = type.isTypeParameter() ? type.getConstraint() : undefined;
        const declaredType = constraint
          ? checker.typeToString(constraint, undefined, FLAGS)
          : pdecl.type ? pdecl.type.getText() : checker.typeToString(type, undefined, FLAGS);
        const optional = Boolean(pdecl.questionToken || pdecl.initializer);
        const nonNull = checker.getNonNullableType(type);
        const param: SignatureParam = {
          name: p.name,
          type: declaredType,
          optional,
          lookup: (property) => {
            const sym = nonNull.getProperty(property);
            return sym ? checker.typeToString(checker.getNonNullableType(checker.getTypeOfSymbol(sym)), undefined, FLAGS) : undefined;
          },
        };
        if (isPlainObject(nonNull) && p.name !== 'options') {
          param.properties = nonNull.getProperties().map((sym) => ({
            name: sym.name,
            type: checker.typeToString(checker.getNonNullableType(checker.getTypeOfSymbol(sym)), undefined, FLAGS),
            optional: (sym.flags & ts.SymbolFlags.Optional) !== 0,
            doc: ts.displayPartsToString(sym.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim(),
          }));
        }
        return param;
      });
      const owner = decl.parent as ts.ClassDeclaration;
      out.push({
        id: `${member.name.text}.${prop.name}`,
        params,
        returns: checker.typeToString(signature.getReturnType(), undefined, FLAGS),
        example: exampleOf(prop, checker),
        declaredIn: owner.name?.text ?? '',
      });
    }
  }
  return out;
}
