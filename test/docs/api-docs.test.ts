import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helperMethods, renderApiDocs } from '../../scripts/api-docs.js';
import { AthenaClient, allOperations } from 'athenahealth-sdk';
import { APIResource } from '../../packages/sdk/src/core/resource.js';

const docs = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

/** The part of docs/api.md about one method, from its heading to the next heading. */
function methodSection(id: string): string {
  const start = docs.indexOf(`### \`${id}\`\n`);
  expect(start, id).toBeGreaterThanOrEqual(0);
  const rest = docs.slice(start + 1);
  const end = rest.search(/\n##/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Every public method of every resource on the client, as `resource.method`. */
function publicMethods(): string[] {
  const client = new AthenaClient({ clientId: 'id', clientSecret: 'secret', practiceId: '1', baseUrl: 'http://127.0.0.1:9' });
  const out: string[] = [];
  for (const [property, value] of Object.entries(client)) {
    if (!(value instanceof APIResource)) continue;
    for (let proto = Object.getPrototypeOf(value); proto && proto !== APIResource.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name !== 'constructor' && typeof proto[name] === 'function' && !out.includes(`${property}.${name}`)) out.push(`${property}.${name}`);
      }
    }
  }
  client.close();
  return out;
}

describe('docs/api.md', () => {
  it('is what `npm run generate` writes from the spec', () => {
    expect(docs).toBe(renderApiDocs());
  });

  it('lists every public resource method with its HTTP method and path', () => {
    const methods = publicMethods();
    expect(methods.length).toBeGreaterThanOrEqual(300);
    const documented = new Set([...allOperations.map((op) => op.id), ...Object.keys(helperMethods)]);
    const missing = methods.filter((m) => !documented.has(m));
    expect(missing).toEqual([]);
    for (const m of methods) expect(docs, m).toContain(`### \`${m}\`\n`);
    for (const op of allOperations) expect(methodSection(op.id)).toContain(`\`${op.method} ${op.path}\``);
  });

  it('gives every parameter of every operation one line: name, required or optional, where it goes, format, limits, values', () => {
    for (const op of allOperations) {
      const section = methodSection(op.id);
      const pathOrder = Array.from(op.path.matchAll(/\{([a-z0-9_]+)\}/gi), (m) => m[1]);
      // Path parameters are positional: their line carries the argument name, in path order.
      const pathLines = section.split('\n').filter((l) => l.endsWith(', required, path.') || / required, path\. /.test(l));
      expect(pathLines.length, op.id).toBe(pathOrder.length);
      for (const p of op.params.filter((q) => q.in !== 'path')) {
        const line = section.split('\n').find((l) => l.startsWith(`- \`params.${p.name}\`: `));
        expect(line, `${op.id} ${p.name}`).toBeDefined();
        expect(line).toContain(p.required ? ', required, ' : ', optional, ');
        expect(line).toContain(p.in === 'body' ? 'form body' : 'query');
        if (p.type === 'date') expect(line).toContain('a `Date` or `YYYY-MM-DD`, sent as mm/dd/yyyy');
        if (p.type === 'list') expect(line).toContain('an array, sent comma-separated');
        if (p.type === 'json') expect(line).toContain('sent as a JSON string');
        if (p.maxLength !== undefined) expect(line).toContain(`max ${p.maxLength} characters`);
        for (const value of p.enum ?? []) expect(line).toContain(`\`${value}\``);
      }
      for (const group of op.atLeastOneOf ?? []) {
        expect(section, op.id).toContain(`At least one of ${group.map((n) => `\`params.${n}\``).join(', ')} is required.`);
      }
    }
  });

  it('shows the return type the signature declares and an example call for every method', () => {
    expect(methodSection('patients.getPatient')).toContain('Returns `APIPromise<Patient>`');
    expect(methodSection('patients.getPatient')).toContain("await athena.patients.getPatient('1')");
    expect(methodSection('appointments.listBookedAppointments')).toContain('Returns `PagedList<Appointment>`');
    expect(methodSection('chart.getMedications')).toContain('Returns `Promise<MedicationList>`');
    for (const m of publicMethods()) {
      const section = methodSection(m);
      expect(section, m).toMatch(/Returns `[^`]+`/);
      expect(section, m).toContain(`athena.${m}(`);
    }
  });

  it('lists the parameters of the helper methods from their signatures', () => {
    const section = methodSection('chart.addOrUpdateAllergies');
    for (const name of ['patientId', 'departmentId', 'allergies']) expect(section).toContain(`- \`${name}\`: `);
    expect(methodSection('documents.uploadDocumentFile')).toContain('- `file.data`: ');
  });

  it('has a resource method for every operation of the table', () => {
    const methods = new Set(publicMethods());
    expect(allOperations.filter((op) => !methods.has(op.id)).map((op) => op.id)).toEqual([]);
  });

  it('states the operation count in the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`${allOperations.length} operations`);
  });
});
