/** The practice the simulator serves, shaped like athena's `GET /practiceinfo` record. */
export function practiceInfo(practiceId: string): Record<string, unknown> {
  return {
    practiceid: practiceId,
    name: 'athenahealth MDP Sandbox',
    publicnames: ['athenahealth MDP Sandbox'],
    hasclinicals: 'true',
    hascommunicator: 'true',
    hasgroupenrollment: 'false',
    hasprovidergroupsegmentation: 'false',
    iscoordinatorsender: 'false',
    iscoordinatorreceiver: 'false',
    experiencemode: 'ENTERPRISE',
    golivedate: '01/01/2005',
  };
}
