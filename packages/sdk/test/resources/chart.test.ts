import { describe, expect } from 'vitest';
import { BadRequestError, InvalidRequestError, NotFoundError } from '../../src/index.js';
import { fileTest as it } from '../fixtures.js';

describe('allergies', () => {
  it('addOrUpdateAllergies merges reactions and keeps the allergies it was not given', async ({ athena }) => {
    const before = await athena.chart.getAllergies('10', { departmentid: '1' });
    expect(before.allergies).toEqual([expect.objectContaining({ allergenid: '10641', reactions: [expect.objectContaining({ reactionname: 'hives' })] })]);

    await athena.chart.addOrUpdateAllergies('10', '1', [
      { allergenid: '10641', reactions: [{ reactionname: 'rash', severity: 'mild' }] },
      { allergenid: '11872', allergenname: 'Peanut', reactions: [{ reactionname: 'anaphylaxis', severity: 'severe' }] },
    ]);

    const after = await athena.chart.getAllergies('10', { departmentid: '1' });
    const penicillin = after.allergies.find((a) => a.allergenid === '10641');
    expect(penicillin?.allergenname).toBe('Penicillins');
    expect(penicillin?.onsetdate).toBe('03/14/2010');
    expect(penicillin?.reactions?.map((r) => r.reactionname).sort()).toEqual(['hives', 'rash']);
    expect(after.allergies.map((a) => a.allergenid).sort()).toEqual(['10641', '11872']);
  });

  it('the raw PUT replaces an allergy whole, which is what the merge protects against', async ({ athena }) => {
    await athena.chart.updateAllergies('11', { departmentid: '1', allergies: [{ allergenid: '10641', reactions: [{ reactionname: 'rash' }] }] });
    const after = await athena.chart.getAllergies('11', { departmentid: '1' });
    expect(after.allergies[0]?.reactions?.map((r) => r.reactionname)).toEqual(['rash']);
    expect(after.allergies[0]?.allergenname).toBeUndefined();
  });

  it('checks departmentid and the allergies before any request, and reports athena\'s refusals', async ({ sim, athena }) => {
    const before = sim.stats.apiRequests;
    // @ts-expect-error departmentid is required
    await expect(athena.chart.getAllergies('10', {})).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(athena.chart.addOrUpdateAllergies('10', '', [{ allergenid: '1' }])).rejects.toThrow(/departmentid/);
    await expect(athena.chart.addOrUpdateAllergies('10', '1', [])).rejects.toBeInstanceOf(InvalidRequestError);
    // @ts-expect-error allergenid is required
    await expect(athena.chart.addOrUpdateAllergies('10', '1', [{ allergenname: 'Peanut' }])).rejects.toBeInstanceOf(InvalidRequestError);
    expect(sim.stats.apiRequests).toBe(before);

    await expect(athena.chart.updateAllergies('10', { departmentid: '1', allergies: [{ allergenname: 'no id' }] })).rejects.toBeInstanceOf(BadRequestError);
    await expect(athena.chart.addOrUpdateAllergies('99999999', '1', [{ allergenid: '1' }])).rejects.toBeInstanceOf(NotFoundError);
    await expect(athena.chart.getAllergies('10', { departmentid: '4242' })).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('medications', () => {
  it('flattens athena\'s array of arrays and keeps the history grouping', async ({ athena }) => {
    const list = await athena.chart.getMedications('12', { departmentid: '1' });
    expect(list.groups).toHaveLength(2);
    expect(list.entries.map((m) => [m.medicationentryid, m.historyIndex])).toEqual([['H1', 0], ['H2', 0], ['H3', 1]]);
    expect(list.entries[0]?.medication).toBe('lisinopril 10 mg tablet');

    const { medicationentryid } = await athena.chart.addMedication('12', { departmentid: '1', medicationid: '311', startdate: '2026-02-01', unstructuredsig: 'twice daily' });
    const after = await athena.chart.getMedications('12', { departmentid: '1' });
    expect(after.entries.at(-1)).toMatchObject({ medicationentryid, medicationid: '311', historyIndex: 2, unstructuredsig: 'twice daily' });
    expect(after.entries.at(-1)?.events).toEqual([{ eventdate: '02/01/2026', type: 'START' }]);
  });

  it('refuses an add without its department or medication before the call', async ({ athena }) => {
    // @ts-expect-error medicationid is required
    await expect(athena.chart.addMedication('12', { departmentid: '1' })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(athena.chart.addMedication('99999999', { departmentid: '1', medicationid: '311' })).rejects.toBeInstanceOf(NotFoundError);
  });
});
