/** The TypeScript type a table parameter gets in the generated signatures (and, read back, in the docs). */
export function paramTsType(p: { type?: string | undefined; enum?: readonly string[] | undefined }): string {
  if (p.enum?.length) return p.enum.map((value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(' | ');
  switch (p.type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'DateInput';
    case 'list':
      return 'string[] | string';
    case 'json':
      return 'unknown';
    default:
      return 'string';
  }
}
