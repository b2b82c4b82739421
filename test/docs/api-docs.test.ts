import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helperMethods, renderApiDocs } from '../../scripts/api-docs.js';
import { AthenaClient, allOperations } from 'athenahealth-sdk';
import { APIResource } from '../../packages/sdk/src/core/resource.js';

const docs = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

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
  it('is what `npm run docs:api` generates from the current table', () => {
    expect(docs).toBe(renderApiDocs());
  });

  it('lists every public resource method with its HTTP method and path', () => {
    const methods = publicMethods();
    expect(methods.length).toBeGreaterThanOrEqual(300);
    const documented = new Set([...allOperations.map((op) => op.id), ...Object.keys(helperMethods)]);
    const missing = methods.filter((m) => !documented.has(m));
    expect(missing).toEqual([]);
    for (const op of allOperations) {
      const [resource, method] = op.id.split('.') as [string, string];
      const section = docs.slice(docs.indexOf(`## ${resource}\n`));
      expect(section).toContain(`| \`${method}\` | ${op.method} | \`${op.path}\` |`);
    }
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
