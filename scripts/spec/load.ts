/**
 * Reads spec/*.json and checks every field, so a hand edit that breaks the format fails
 * `npm run generate` with the file, the operation and what is wrong, not with a confusing
 * type error in the generated code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpecArea, SpecOperation, SpecParam } from './types.js';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE'];
const LOCATIONS = ['path', 'query', 'body'];
const TYPES = ['string', 'number', 'boolean', 'date', 'list', 'json'];
const KINDS = ['record', 'page', 'array', 'write', 'raw', 'text', 'binary'];
const IDENT = /^[a-z][a-zA-Z0-9]*$/;
const WIRE = /^[a-z0-9_]+$/;

const AREA_KEYS = ['area', 'className', 'description', 'helpers', 'operations'];
const OP_KEYS = ['name', 'method', 'path', 'summary', 'note', 'unverified', 'params', 'atLeastOneOf', 'response', 'resultType', 'paramsType', 'openParams', 'paramsRequired', 'handWritten', 'example', 'remarks', 'sources'];
const PARAM_KEYS = ['name', 'in', 'type', 'required', 'arg', 'format', 'maxLength', 'enum', 'description', 'note'];

export class SpecError extends Error {}

/** `appointments` → `appointments`, `appointmentTypes` → `appointment-types`: the file and module name. */
export function fileName(area: string): string {
  return area.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export function pathParamOrder(path: string): string[] {
  return Array.from(path.matchAll(/\{([a-z0-9_]+)\}/g), (m) => m[1] as string);
}

function fail(where: string, message: string): never {
  throw new SpecError(`spec: ${where}: ${message}`);
}

function isString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function checkKeys(where: string, value: Record<string, unknown>, allowed: string[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) fail(where, `unknown field "${key}" (allowed: ${allowed.join(', ')})`);
}

function checkParam(where: string, p: SpecParam, op: SpecOperation): void {
  if (typeof p !== 'object' || p === null) fail(where, 'a parameter must be an object');
  checkKeys(where, p as unknown as Record<string, unknown>, PARAM_KEYS);
  if (!isString(p.name) || !WIRE.test(p.name)) fail(where, `name must be athena's lower-case wire name, got ${JSON.stringify(p.name)}`);
  if (!LOCATIONS.includes(p.in)) fail(where, `in must be one of ${LOCATIONS.join(', ')}`);
  if (!TYPES.includes(p.type)) fail(where, `type must be one of ${TYPES.join(', ')}`);
  if (p.required !== undefined && p.required !== true) fail(where, 'required is true or absent');
  if (p.in === 'path') {
    if (p.required !== true) fail(where, 'a path parameter is required');
    if (!isString(p.arg) || !IDENT.test(p.arg) || p.arg.toLowerCase() !== p.name) {
      fail(where, `arg must be the camelCase of the wire name (lower-cased it gives "${p.name}"), got ${JSON.stringify(p.arg)}`);
    }
    if (!pathParamOrder(op.path).includes(p.name)) fail(where, `path parameter is not a {placeholder} of ${op.path}`);
  } else if (p.arg !== undefined) {
    fail(where, 'arg is for path parameters only');
  }
  if (p.maxLength !== undefined && (!Number.isInteger(p.maxLength) || p.maxLength <= 0)) fail(where, 'maxLength must be a positive integer');
  if (p.enum !== undefined && (!Array.isArray(p.enum) || p.enum.length === 0 || !p.enum.every((v) => typeof v === 'string'))) fail(where, 'enum must be a non-empty array of strings');
  for (const key of ['format', 'description', 'note'] as const) if (p[key] !== undefined && !isString(p[key])) fail(where, `${key} must be a non-empty string`);
}

function checkOperation(where: string, op: SpecOperation): void {
  if (typeof op !== 'object' || op === null) fail(where, 'an operation must be an object');
  checkKeys(where, op as unknown as Record<string, unknown>, OP_KEYS);
  if (!isString(op.name) || !IDENT.test(op.name)) fail(where, `name must be a camelCase method name, got ${JSON.stringify(op.name)}`);
  if (!METHODS.includes(op.method)) fail(where, `method must be one of ${METHODS.join(', ')}`);
  if (!isString(op.path) || !/^(\/[a-z0-9_]+|\/\{[a-z0-9_]+\})+$/.test(op.path)) fail(where, `path must look like /segment/{placeholder}, got ${JSON.stringify(op.path)}`);
  if (!isString(op.summary) || op.summary.includes('\n')) fail(where, 'summary must be one non-empty line');
  if (!Array.isArray(op.params)) fail(where, 'params must be an array');
  const seen = new Set<string>();
  for (const p of op.params) {
    checkParam(`${where} param ${p?.name ?? '?'}`, p, op);
    if (seen.has(p.name)) fail(where, `parameter ${p.name} is declared twice`);
    seen.add(p.name);
  }
  for (const name of pathParamOrder(op.path)) {
    if (!op.params.some((p) => p.name === name && p.in === 'path')) fail(where, `{${name}} of the path has no path parameter`);
  }
  if (op.atLeastOneOf !== undefined) {
    if (!Array.isArray(op.atLeastOneOf) || op.atLeastOneOf.some((g) => !Array.isArray(g) || g.length === 0)) fail(where, 'atLeastOneOf must be an array of non-empty arrays');
    for (const name of op.atLeastOneOf.flat()) if (!op.params.some((p) => p.name === name && p.in !== 'path')) fail(where, `atLeastOneOf names ${name}, which is not a query or body parameter`);
  }
  if (typeof op.response !== 'object' || op.response === null || !KINDS.includes(op.response.kind)) fail(where, `response.kind must be one of ${KINDS.join(', ')}`);
  checkKeys(`${where} response`, op.response as unknown as Record<string, unknown>, ['kind', 'collectionKey', 'accept']);
  const document = op.response.kind === 'text' || op.response.kind === 'binary';
  if (document && !isString(op.response.accept)) fail(where, `a ${op.response.kind} response needs the accept header that asks athena for it`);
  if (!document && op.response.accept !== undefined) fail(where, 'accept is for text and binary responses only');
  if (op.response.kind === 'page' && !isString(op.response.collectionKey)) fail(where, 'a page response needs its collectionKey');
  if (op.response.collectionKey !== undefined && !['page', 'record'].includes(op.response.kind)) fail(where, 'collectionKey is for page and record responses only');
  for (const key of ['note', 'unverified', 'resultType', 'paramsType', 'example'] as const) if (op[key] !== undefined && !isString(op[key])) fail(where, `${key} must be a non-empty string`);
  for (const key of ['openParams', 'paramsRequired', 'handWritten'] as const) if (op[key] !== undefined && op[key] !== true) fail(where, `${key} is true or absent`);
  if (op.resultType !== undefined && !/^([A-Z][A-Za-z0-9]*|string)$/.test(op.resultType)) fail(where, 'resultType must be a type name');
  if (op.remarks !== undefined && (!Array.isArray(op.remarks) || !op.remarks.every(isString))) fail(where, 'remarks must be an array of non-empty strings');
  if (!Array.isArray(op.sources) || op.sources.length === 0 || !op.sources.every(isString)) fail(where, 'sources must name at least one public source it was checked against');
}

function checkArea(file: string, spec: SpecArea): void {
  if (typeof spec !== 'object' || spec === null) fail(file, 'the file must hold one object');
  checkKeys(file, spec as unknown as Record<string, unknown>, AREA_KEYS);
  if (!isString(spec.area) || !IDENT.test(spec.area)) fail(file, 'area must be a camelCase name');
  if (`${fileName(spec.area)}.json` !== file) fail(file, `area ${spec.area} belongs in spec/${fileName(spec.area)}.json`);
  if (!isString(spec.className) || !/^[A-Z][A-Za-z]*Resource$/.test(spec.className)) fail(file, 'className must be <Name>Resource');
  if (!isString(spec.description)) fail(file, 'description must be a non-empty string');
  if (spec.helpers !== undefined) {
    if (!Array.isArray(spec.helpers)) fail(file, 'helpers must be an array');
    for (const h of spec.helpers) {
      checkKeys(`${file} helper`, h as unknown as Record<string, unknown>, ['name', 'calls', 'summary']);
      if (!isString(h.name) || !IDENT.test(h.name) || !isString(h.calls) || !isString(h.summary)) fail(file, 'a helper needs name, calls and summary');
    }
  }
  if (!Array.isArray(spec.operations) || spec.operations.length === 0) fail(file, 'operations must be a non-empty array');
  for (const op of spec.operations) checkOperation(`${file} ${op?.name ?? '?'}`, op);
  if (spec.operations.some((o) => o.handWritten) && spec.helpers === undefined) fail(file, 'a handWritten operation needs the area to have helpers (its method lives in the helpers file)');
}

/** Every area of spec/, sorted by area name, checked; throws SpecError on the first problem. */
export function loadSpec(specDir: string): SpecArea[] {
  const files = readdirSync(specDir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new SpecError(`spec: no *.json files in ${specDir}`);
  const areas: SpecArea[] = [];
  for (const file of files) {
    let parsed: SpecArea;
    try {
      parsed = JSON.parse(readFileSync(join(specDir, file), 'utf8')) as SpecArea;
    } catch (error) {
      throw new SpecError(`spec: ${file}: not valid JSON (${(error as Error).message})`);
    }
    checkArea(file, parsed);
    areas.push(parsed);
  }
  const names = new Map<string, string>();
  const keys = new Map<string, string>();
  for (const area of areas) {
    for (const name of (area.helpers ?? []).map((h) => h.name).concat(area.operations.map((o) => o.name))) {
      const other = names.get(name);
      if (other !== undefined) throw new SpecError(`spec: method name ${name} is used by ${other} and ${area.area}`);
      names.set(name, area.area);
    }
    for (const op of area.operations) {
      const key = `${op.method} ${op.path.replace(/\{[^}]+\}/g, '{}')}`;
      const other = keys.get(key);
      if (other !== undefined) throw new SpecError(`spec: ${op.method} ${op.path} is declared twice (${other} and ${area.area}.${op.name})`);
      keys.set(key, `${area.area}.${op.name}`);
    }
  }
  return areas.sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : 0));
}
