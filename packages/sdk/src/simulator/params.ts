/**
 * Request parameters. athena matches names case-insensitively (its own `next` links
 * upper-case some), so handlers see lower-case names only.
 */
export type Params = Record<string, string>;

/**
 * Decodes `a=1&b=2` (query string or form body) into `target`, keeping the names as sent
 * when `lowerCase` is false. Repeated names are joined with commas, athena's list convention.
 */
export function decodeParams(text: string, target: Params, lowerCase: boolean): Params {
  if (text === '') return target;
  for (const [rawName, value] of new URLSearchParams(text)) {
    const name = lowerCase ? rawName.toLowerCase() : rawName;
    if (name === '__proto__') continue;
    const previous = target[name];
    target[name] = previous === undefined ? value : `${previous},${value}`;
  }
  return target;
}

/** Lower-cases the names of already decoded parameters into `target` (later sources win). */
export function mergeLowerCase(source: Params, target: Params): Params {
  for (const name in source) target[name.toLowerCase()] = source[name] as string;
  return target;
}
