import { describe, expect } from 'vitest';
import type { QuestionnaireResponse } from '../../src/fhir/r4.js';
import { FhirError, InvalidRequestError, ServerError } from '../../src/index.js';
import { fileTest as it } from '../fixtures.js';

const subject = { reference: 'Patient/a-195900.E-12' };
const response = (questionnaire: string, answer: string): QuestionnaireResponse => ({
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  questionnaire,
  subject,
  item: [{ linkId: '1', answer: [{ valueString: answer }] }],
});

describe('create', () => {
  it('creates a QuestionnaireResponse as JSON and reads it back', async ({ sim, athena }) => {
    sim.resetStats();
    const created = await athena.fhir.create(response('Questionnaire/intake', 'first'));
    expect(created.id).toMatch(/^a-195900\.questionnaireresponse-\d+$/);
    expect(created.item?.[0]?.answer?.[0]?.valueString).toBe('first');
    const post = sim.requests.find((r) => r.method === 'POST' && r.path === '/fhir/r4/QuestionnaireResponse');
    expect(post?.headers['content-type']).toBe('application/fhir+json');
    expect(JSON.parse(post?.body ?? '{}')).toMatchObject({ resourceType: 'QuestionnaireResponse', subject });
    expect(post?.query['ah-practice']).toBe('Organization/a-1.Practice-195900');
    await expect(athena.fhir.read('QuestionnaireResponse', created.id as string)).resolves.toEqual(created);
    const found = await athena.fhir.searchBundle('QuestionnaireResponse', { patient: subject.reference });
    expect(found.entry?.map((e) => e.resource?.id)).toContain(created.id);
  });

  it('refuses every other type before any request', async ({ sim, athena }) => {
    sim.resetStats();
    await expect(athena.fhir.create({ resourceType: 'Patient', name: [{ family: 'X' }] })).rejects.toThrow(/does not accept Patient writes/);
    await expect(athena.fhir.create({ resourceType: 'Condition', subject } as never)).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(athena.fhir.create(null as never)).rejects.toBeInstanceOf(InvalidRequestError);
    expect(sim.stats.fhirRequests).toBe(0);
  });

  it('is sent once: a 503 is not retried', async ({ sim, athena }) => {
    sim.resetStats();
    sim.faults.failNext(1, { status: 503, match: { method: 'POST', path: '/QuestionnaireResponse' } });
    await expect(athena.fhir.create(response('Questionnaire/intake', 'lost'))).rejects.toBeInstanceOf(ServerError);
    expect(sim.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('athena refusals come back as FhirError', async ({ athena }) => {
    await expect(athena.fhir.create({ ...response('Questionnaire/intake', 'x'), subject: { reference: 'Patient/a-195900.E-999999' } })).rejects.toMatchObject({
      name: 'FhirError',
      status: 400,
      issues: [{ code: 'invalid' }],
    });
  });
});

describe('operations', () => {
  it('$latest-response-by-questionnaire returns the newest response', async ({ athena }) => {
    await athena.fhir.create(response('Questionnaire/phq-9', 'older'));
    const newest = await athena.fhir.create(response('Questionnaire/phq-9', 'newer'));
    const latest = await athena.fhir.operation<QuestionnaireResponse>('QuestionnaireResponse/$latest-response-by-questionnaire', {
      params: { patient: subject.reference, questionnaire: 'Questionnaire/phq-9' },
    });
    expect(latest.id).toBe(newest.id);
    expect(latest.item?.[0]?.answer?.[0]?.valueString).toBe('newer');
  });

  it('$self-checkin-entry-url on an appointment gives a link; an unknown appointment is a 404', async ({ sim, athena }) => {
    const result = await athena.fhir.operation('Appointment/$self-checkin-entry-url', { id: 'a-195900.appointment-12-1' });
    expect(result.resourceType).toBe('Parameters');
    const url = (result as { parameter?: { name: string; valueUrl?: string }[] }).parameter?.find((p) => p.name === 'url')?.valueUrl;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/self-checkin\//);
    const request = sim.requests.at(-1);
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/fhir/r4/Appointment/a-195900.appointment-12-1/$self-checkin-entry-url');
    await expect(athena.fhir.operation('Appointment/$self-checkin-entry-url', { id: 'a-195900.appointment-12-9' })).rejects.toBeInstanceOf(FhirError);
  });

  it('$health-cards-issue is a POST with a Parameters body; $batch-write takes a Bundle', async ({ sim, athena }) => {
    const cards = await athena.fhir.operation('Patient/$health-cards-issue', {
      id: 'a-195900.E-12',
      body: { resourceType: 'Parameters', parameter: [{ name: 'credentialType', valueUri: 'https://smarthealth.cards#immunization' }] },
    });
    expect(JSON.stringify(cards)).toContain('verifiableCredential');
    const post = sim.requests.at(-1);
    expect(post?.method).toBe('POST');
    expect(JSON.parse(post?.body ?? '{}').resourceType).toBe('Parameters');
    const written = await athena.fhir.operation('FamilyMemberHistory/$batch-write', {
      body: { resourceType: 'Bundle', type: 'batch', entry: [{}, {}] },
    });
    expect(JSON.stringify(written)).toContain('2 entries accepted');
  });

  it('checks the operation, its id and its body before any request', async ({ sim, athena }) => {
    sim.resetStats();
    await expect(athena.fhir.operation('Patient/$everything' as never)).rejects.toThrow(/unknown operation/);
    await expect(athena.fhir.operation('Appointment/$self-checkin-entry-url')).rejects.toThrow(/needs the id/);
    await expect(athena.fhir.operation('FamilyMemberHistory/$batch-write', { id: 'x' })).rejects.toThrow(/takes no id/);
    await expect(athena.fhir.operation('FamilyMemberHistory/$batch-write', { body: 'text' as never })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(sim.stats.fhirRequests).toBe(0);
  });
});
