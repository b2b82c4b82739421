import { InvalidRequestError } from '../base/errors.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import { sectionOf, type ListSection } from '../core/shape.js';
import { GeneratedChartResource, type GetAllergiesParams, type GetMedicationsRawParams } from './chart.js';
import type { Allergy, AllergyList, AllergyReaction, Medication, WriteResult } from './types/index.js';

/** An allergy to add or update, by `allergenid`; the fields given overlay the current ones. */
export interface AllergyInput extends Partial<Allergy> {
  allergenid: string;
}

/** A medication of the flattened list, with the history group it came from. */
export interface MedicationEntry extends Medication {
  /** Index of its group in athena's array of arrays: entries of one medication history share it. */
  historyIndex: number;
}

export interface MedicationList {
  /** Every entry, flattened, in athena's order. */
  entries: MedicationEntry[];
  /** athena's grouping as sent: one inner array per medication history. */
  groups: Medication[][];
  /**
   * Every field athena sent beside `medications` (`lastupdated`, `nomedicationsreported`,
   * `patientdownloadconsent`, `patientneedsdownloadconsent`, `sectionnote`...), as on every chart list.
   */
  section: ListSection;
  /** Also in `section`; kept here for existing callers. */
  nomedicationsreported?: string | boolean;
  /** Also in `section`; kept here for existing callers. */
  lastupdated?: string;
  /** Also in `section`; kept here for existing callers. */
  sectionnote?: string;
}

/** The clinical chart. athena needs `departmentid` on every chart call: it picks the chart. */
export class ChartResource extends GeneratedChartResource {
  /**
   * Adds or updates allergies without losing anything. athena's PUT replaces each allergy
   * it is given whole (reactions included), so this reads the current list first, merges
   * the given fields and reactions into it (by `allergenid`, reactions by name), and sends
   * the full merged list. Not atomic: a change made by someone else between the read and
   * the write can be overwritten.
   * @example
   * await athena.chart.addOrUpdateAllergies('1', '1', [
   *   { allergenid: '10641', reactions: [{ reactionname: 'rash', severity: 'mild' }] },
   * ]);
   */
  async addOrUpdateAllergies(patientId: string, departmentId: string, allergies: AllergyInput[], options?: RequestOptions): Promise<WriteResult> {
    if (!Array.isArray(allergies) || allergies.length === 0) {
      throw new InvalidRequestError('chart.addOrUpdateAllergies: allergies must be a non-empty array.');
    }
    for (const allergy of allergies) {
      if (allergy === null || typeof allergy !== 'object' || typeof allergy.allergenid !== 'string' || allergy.allergenid.trim() === '') {
        throw new InvalidRequestError('chart.addOrUpdateAllergies: every allergy needs an allergenid string.');
      }
    }
    if (typeof departmentId !== 'string' || departmentId.trim() === '') {
      throw new InvalidRequestError("chart.addOrUpdateAllergies: missing required parameter 'departmentid'.");
    }
    const current = await this.getAllergies(patientId, { departmentid: departmentId, showinactive: true }, options);
    const merged = mergeAllergies(current.allergies ?? [], allergies);
    return this.updateAllergies(patientId, { departmentid: departmentId, allergies: merged }, options);
  }

  /**
   * The patient's allergies as athena sends them, plus `section`: every field beside
   * `allergies` (`nkda`, `lastupdated`, `sectionnote`...), as on every chart list. The
   * section fields also stay at the top level, where they always were.
   * @example
   * const { allergies, section } = await athena.chart.getAllergies('1', { departmentid: '1' });
   * console.log(allergies.length, section.nkda, section.lastupdated);
   */
  override getAllergies(patientId: string, params: GetAllergiesParams, options?: RequestOptions): APIPromise<AllergyList> {
    const call = super.getAllergies(patientId, params, options);
    // Reactions run in the order they were added, so this one fills `section` on the body before
    // the caller's `await` or `withResponse()` sees it. Returning the call itself keeps its
    // promise and withResponse() as they are; the branch's own failure is the caller's to see.
    call.then(withAllergySection, () => undefined);
    return call;
  }

  /**
   * The patient's medications, flattened from athena's array of arrays into typed entries;
   * `groups` keeps athena's grouping by medication history.
   * @example
   * const { entries } = await athena.chart.getMedications('1', { departmentid: '1' });
   * for (const m of entries) console.log(m.medication, m.historyIndex);
   */
  async getMedications(patientId: string, params: GetMedicationsRawParams, options?: RequestOptions): Promise<MedicationList> {
    const body = await this.getMedicationsRaw(patientId, params, options);
    const groups = (Array.isArray(body.medications) ? body.medications : []).map((group) => (Array.isArray(group) ? group : [group]));
    const entries = groups.flatMap((group, historyIndex) => group.map((m) => ({ ...m, historyIndex })));
    const list: MedicationList = { entries, groups, section: sectionOf(body, 'medications') };
    if (body.nomedicationsreported !== undefined) list.nomedicationsreported = body.nomedicationsreported;
    if (body.lastupdated !== undefined) list.lastupdated = body.lastupdated;
    if (body.sectionnote !== undefined) list.sectionnote = body.sectionnote;
    return list;
  }
}

function withAllergySection(list: AllergyList): void {
  if (list !== null && typeof list === 'object') list.section = sectionOf(list, 'allergies');
}

/** The current list with each given allergy overlaid on its current entry; reactions merged by name. */
export function mergeAllergies(current: readonly Allergy[], updates: readonly AllergyInput[]): Allergy[] {
  const out = current.map((a) => ({ ...a }));
  for (const update of updates) {
    const at = out.findIndex((a) => String(a.allergenid) === update.allergenid);
    if (at < 0) {
      out.push({ ...update, reactions: update.reactions ?? [] });
      continue;
    }
    const existing = out[at] as Allergy;
    out[at] = { ...existing, ...update, reactions: mergeReactions(existing.reactions ?? [], update.reactions ?? []) };
  }
  return out;
}

function mergeReactions(current: readonly AllergyReaction[], updates: readonly AllergyReaction[]): AllergyReaction[] {
  const byName = new Map(current.map((r) => [reactionKey(r), r]));
  for (const r of updates) byName.set(reactionKey(r), { ...byName.get(reactionKey(r)), ...r });
  return [...byName.values()];
}

function reactionKey(r: AllergyReaction): string {
  return String(r.reactionname ?? r.snomedcode ?? '').toLowerCase();
}
