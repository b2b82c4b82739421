/**
 * Records written through the simulator's stateful routes (insurance, claims, payments,
 * encounters, vitals, documents, custom fields), by scope: a scope is the collection's
 * path with its parent ids filled in (`/patients/12/insurances`), so each patient's
 * records stay apart. Ids are athena-like numbers, unique per simulator, as strings.
 */
export type SimRecord = Record<string, unknown>;

export class RecordStore {
  private readonly scopes = new Map<string, Map<string, SimRecord>>();
  private readonly seeded = new Set<string>();
  private lastId = 200_000;

  nextId(): string {
    return String(++this.lastId);
  }

  /** Fills a scope with its seed records the first time it is touched (later deletes stick). */
  seedOnce(scope: string, idName: string, make: () => SimRecord[]): void {
    if (this.seeded.has(scope)) return;
    this.seeded.add(scope);
    for (const record of make()) this.put(scope, String(record[idName]), record);
  }

  /** The records of a scope, in creation order. */
  list(scope: string): SimRecord[] {
    return [...(this.scopes.get(scope)?.values() ?? [])];
  }

  get(scope: string, id: string): SimRecord | undefined {
    return this.scopes.get(scope)?.get(id);
  }

  put(scope: string, id: string, record: SimRecord): void {
    let records = this.scopes.get(scope);
    if (records === undefined) this.scopes.set(scope, (records = new Map()));
    records.set(id, record);
  }

  delete(scope: string, id: string): boolean {
    return this.scopes.get(scope)?.delete(id) ?? false;
  }
}
