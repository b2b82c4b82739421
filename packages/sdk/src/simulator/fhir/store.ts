/** The FHIR resources created through the simulator (athena accepts QuestionnaireResponse writes only). */
import type { QuestionnaireResponse } from '../../internal.js';

export class FhirStore {
  private readonly responses = new Map<string, QuestionnaireResponse>();
  private nextId = 1;

  addQuestionnaireResponse(practiceId: string, resource: QuestionnaireResponse): QuestionnaireResponse {
    const id = `a-${practiceId}.questionnaireresponse-${this.nextId++}`;
    const stored: QuestionnaireResponse = { ...resource, id, meta: { versionId: '1', lastUpdated: new Date().toISOString() } };
    this.responses.set(id, stored);
    return stored;
  }

  getQuestionnaireResponse(id: string): QuestionnaireResponse | undefined {
    return this.responses.get(id);
  }

  /** In creation order. */
  questionnaireResponses(): QuestionnaireResponse[] {
    return [...this.responses.values()];
  }
}
