import { pathParamNames, type OperationSpec } from '../internal.js';

/**
 * Matches `METHOD /path` (under `/v1/{practiceid}`) to an operation of the table.
 * The templates are compiled once into a segment tree per method; literal segments are
 * tried before `{placeholders}`, so `/patients/bestmatch` wins over `/patients/{patientid}`
 * whatever the order of the table.
 */
interface Node {
  literals: Map<string, Node>;
  param?: { name: string; node: Node };
  op?: OperationSpec;
  /** The operation's placeholder names, in path order. */
  names?: string[];
}

export interface RouteMatch {
  op: OperationSpec;
  /** Path parameter values, decoded, by placeholder name. */
  pathParams: Record<string, string>;
}

function newNode(): Node {
  return { literals: new Map() };
}

export class Router {
  private readonly roots = new Map<string, Node>();

  constructor(operations: readonly OperationSpec[]) {
    for (const op of operations) {
      if (op.practiceScoped === false) continue;
      this.add(op);
    }
  }

  /** `path` is the part after `/v1/{practiceid}`, without the query. */
  match(method: string, path: string): RouteMatch | undefined {
    const root = this.roots.get(method);
    if (root === undefined) return undefined;
    const segments = path.split('/');
    // segments[0] is the empty string before the leading slash.
    const values: string[] = [];
    const node = find(root, segments, 1, values);
    if (node?.op === undefined) return undefined;
    const pathParams: Record<string, string> = {};
    if (values.length > 0) {
      const names = node.names as string[];
      for (let i = 0; i < values.length; i++) pathParams[names[i] as string] = values[i] as string;
    }
    return { op: node.op, pathParams };
  }

  private add(op: OperationSpec): void {
    let node = this.roots.get(op.method);
    if (node === undefined) this.roots.set(op.method, (node = newNode()));
    for (const segment of op.path.split('/').slice(1)) {
      const placeholder = /^\{([a-z0-9_]+)\}$/i.exec(segment);
      if (placeholder) {
        node.param ??= { name: placeholder[1] as string, node: newNode() };
        node = node.param.node;
      } else {
        let next = node.literals.get(segment);
        if (next === undefined) node.literals.set(segment, (next = newNode()));
        node = next;
      }
    }
    if (node.op !== undefined) throw new Error(`simulator: ${op.id} and ${node.op.id} share ${op.method} ${op.path}`);
    node.op = op;
    node.names = pathParamNames(op.path);
  }
}

/** Depth-first: a literal child first, then the placeholder; collects placeholder values. */
function find(node: Node, segments: string[], index: number, values: string[]): Node | undefined {
  if (index === segments.length) return node.op === undefined ? undefined : node;
  const segment = segments[index] as string;
  if (segment === '') return undefined;
  const literal = node.literals.get(segment);
  if (literal !== undefined) {
    const found = find(literal, segments, index + 1, values);
    if (found !== undefined) return found;
  }
  if (node.param !== undefined) {
    values.push(decodeSegment(segment));
    const found = find(node.param.node, segments, index + 1, values);
    if (found !== undefined) return found;
    values.pop();
  }
  return undefined;
}

function decodeSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
