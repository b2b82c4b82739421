/**
 * Renders packages/sdk/src/api/index.ts: every area's table joined into `allOperations`,
 * the public resource classes (the generated one, or the hand-written one of
 * `<area>.helpers.ts`), and the Params types, for client.ts and the public index.
 */
import { fileName } from './load.js';
import { generatedClassName, HEADER, paramsTypeName, tableName } from './render-area.js';
import type { SpecArea } from './types.js';

/** `export { a, b } from 'x';`, one name a line when it does not fit on one. */
function exportList(keyword: string, names: string[], from: string): string {
  const one = `${keyword} { ${names.join(', ')} } from '${from}';`;
  return one.length <= 140 ? one : `${keyword} {\n${names.map((n) => `  ${n},`).join('\n')}\n} from '${from}';`;
}

export function renderIndex(areas: SpecArea[]): string {
  const lines = [HEADER('spec/*.json'), "import type { OperationSpec } from '../core/operation.js';"];
  for (const a of areas) lines.push(`import { ${tableName(a.area)} } from './${fileName(a.area)}.js';`);
  lines.push('');
  for (const a of areas) {
    const file = fileName(a.area);
    const params = a.operations.filter((o) => !o.handWritten && (o.openParams || o.params.some((p) => p.in !== 'path'))).map(paramsTypeName);
    if (a.helpers) {
      lines.push(`export { ${a.className} } from './${file}.helpers.js';`);
      lines.push(exportList('export type', [generatedClassName(a), ...params], `./${file}.js`));
    } else {
      lines.push(exportList('export', [a.className, ...params.map((p) => `type ${p}`)], `./${file}.js`));
    }
  }
  lines.push(
    '',
    '/** Every operation the SDK declares, one row each: the source of the simulator\'s routes and checks. */',
    'export const allOperations: readonly OperationSpec[] = [',
    ...areas.map((a) => `  ...Object.values(${tableName(a.area)}),`),
    '];',
    '',
  );
  return lines.join('\n');
}
