/**
 * One line per parameter of a resource method: name as the caller writes it, TypeScript
 * type, required or optional, where it goes, wire format, limits and enum values, and
 * athena's description. The spec gives the format, limits and descriptions; the signature gives the
 * names and types the caller sees.
 */
import type { SpecOperation, SpecParam } from '../spec/types.js';
import type { MethodSignature, SignatureParam } from './signatures.js';
import { paramTsType } from '../param-type.js';

/** What each table type means on the wire, in the words of core/operation.ts. */
const FORMAT: Record<string, string> = {
  date: 'a `Date` or `YYYY-MM-DD`, sent as mm/dd/yyyy',
  list: 'an array, sent comma-separated',
  json: 'any JSON value, sent as a JSON string',
  boolean: 'sent as `true`/`false`',
};

const PLACE: Record<SpecParam['in'], string> = { path: 'path', query: 'query', body: 'form body' };

function code(text: string): string {
  // A code span that survives a `|` or a backtick inside (athena enum values have neither, types may have `|`).
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function withPeriod(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function tableLine(shown: string, type: string, p: SpecParam): string {
  const facts = [code(type), p.required ? 'required' : 'optional', PLACE[p.in]];
  const format = FORMAT[p.type ?? 'string'];
  if (format) facts.push(format);
  if (p.maxLength !== undefined) facts.push(`max ${p.maxLength} characters`);
  if (p.enum?.length) facts.push(`one of ${p.enum.map((v) => code(v)).join(', ')}`);
  // athena's descriptions of dates name its wire format, which the line above already explains.
  const text = p.type === 'date' ? (p.description ?? '').replace(/\s*\(?mm\/dd\/yyyy\)?/gi, '') : p.description;
  const description = text ? ` ${withPeriod(oneLine(text))}` : '';
  return `- ${code(shown)}: ${facts.join(', ')}.${description}`;
}

/** Parameter lines of a method that is one operation of the table. */
export function operationParamLines(op: SpecOperation & { id?: string }, sig: MethodSignature): string[] {
  const positional = sig.params.filter((p) => p.name !== 'params' && p.name !== 'options');
  const bag = sig.params.find((p) => p.name === 'params');
  const order = Array.from(op.path.matchAll(/\{([a-z0-9_]+)\}/gi), (m) => m[1] as string);
  const pathParams = op.params.filter((p) => p.in === 'path').sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  if (positional.length !== pathParams.length) {
    throw new Error(`api-docs: ${sig.id} takes ${positional.length} positional arguments for ${pathParams.length} path parameters`);
  }
  const lines = pathParams.map((p, i) => {
    const arg = positional[i] as SignatureParam;
    return tableLine(arg.name, arg.type, p);
  });
  const others = op.params.filter((q) => q.in !== 'path');
  if (others.length > 0 && !bag) throw new Error(`api-docs: ${sig.id} has no params argument for ${others.map((q) => q.name).join(', ')}`);
  for (const p of others) {
    const type = bag?.lookup(p.name) ?? paramTsType(p);
    lines.push(tableLine(`params.${p.name}`, type, p));
  }
  for (const group of op.atLeastOneOf ?? []) {
    lines.push(`- At least one of ${group.map((n) => code(`params.${n}`)).join(', ')} is required.`);
  }
  return lines;
}

/** Parameter lines of a helper method, from its signature alone. */
export function helperParamLines(sig: MethodSignature): string[] {
  const lines: string[] = [];
  for (const p of sig.params) {
    // RequestOptions is described once at the top; other option types (uploads) are listed.
    if (p.name === 'options' && p.type === 'RequestOptions') continue;
    lines.push(`- ${code(p.name)}: ${code(p.type)}, ${p.optional ? 'optional' : 'required'}.`);
    for (const prop of p.properties ?? []) {
      const doc = prop.doc ? ` ${withPeriod(prop.doc)}` : '';
      lines.push(`- ${code(`${p.name}.${prop.name}`)}: ${code(prop.type)}, ${prop.optional ? 'optional' : 'required'}.${doc}`);
    }
  }
  return lines;
}
