import { afterEach, describe, expect } from 'vitest';
import { AthenaClient, ConfigurationError, InvalidRequestError } from '../../src/index.js';
import { it } from '../fixtures.js';

const VARS = ['ATHENA_CLIENT_ID', 'ATHENA_CLIENT_SECRET', 'ATHENA_PRACTICE_ID', 'ATHENA_ENVIRONMENT', 'ATHENA_BASE_URL', 'ATHENA_LOG'];
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
afterEach(() => {
  for (const v of VARS) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
});
const clearEnv = () => VARS.forEach((v) => delete process.env[v]);

describe('configuration', () => {
  it('names the missing variable when credentials are absent', () => {
    clearEnv();
    expect(() => new AthenaClient()).toThrow(ConfigurationError);
    expect(() => new AthenaClient()).toThrow(/ATHENA_CLIENT_ID/);
    expect(() => new AthenaClient({ clientId: 'x' })).toThrow(/ATHENA_CLIENT_SECRET/);
    expect(() => new AthenaClient({ clientId: 'x', clientSecret: 'y' })).toThrow(/ATHENA_PRACTICE_ID/);
    expect(new ConfigurationError('x')).toBeInstanceOf(InvalidRequestError);
  });

  it('reads credentials, practice and base URL from the environment', async ({ sim }) => {
    clearEnv();
    process.env.ATHENA_CLIENT_ID = sim.clientId;
    process.env.ATHENA_CLIENT_SECRET = sim.clientSecret;
    process.env.ATHENA_PRACTICE_ID = sim.practiceId;
    process.env.ATHENA_BASE_URL = sim.url;
    process.env.ATHENA_LOG = 'off';
    const athena = new AthenaClient();
    await expect(athena.patients.getPatient('1')).resolves.toMatchObject({ patientid: '1' });
    athena.close();
  });

  it('defaults to the preview environment and its hosts', () => {
    clearEnv();
    const athena = new AthenaClient({ clientId: 'a', clientSecret: 'b', practiceId: '195900' });
    expect(athena.environment).toBe('preview');
    expect(athena.baseUrl).toBe('https://api.preview.platform.athenahealth.com');
    const prod = new AthenaClient({ clientId: 'a', clientSecret: 'b', practiceId: '1', environment: 'production' });
    expect(prod.baseUrl).toBe('https://api.platform.athenahealth.com');
  });

  it('refuses plain http except on loopback', () => {
    const base = { clientId: 'a', clientSecret: 'b', practiceId: '1' };
    expect(() => new AthenaClient({ ...base, baseUrl: 'http://athena.example.com' })).toThrow(ConfigurationError);
    expect(() => new AthenaClient({ ...base, baseUrl: 'https://x.example.com', tokenUrl: 'http://10.0.0.1/token' })).toThrow(ConfigurationError);
    expect(() => new AthenaClient({ ...base, baseUrl: 'http://127.0.0.1:8787' })).not.toThrow();
    expect(() => new AthenaClient({ ...base, baseUrl: 'http://localhost:8787' })).not.toThrow();
    expect(() => new AthenaClient({ ...base, baseUrl: 'http://[::1]:8787' })).not.toThrow();
  });

  it('refuses an unknown environment and bad numbers', () => {
    const base = { clientId: 'a', clientSecret: 'b', practiceId: '1' };
    expect(() => new AthenaClient({ ...base, environment: 'staging' as 'preview' })).toThrow(ConfigurationError);
    expect(() => new AthenaClient({ ...base, timeoutMs: 0 })).toThrow(ConfigurationError);
    expect(() => new AthenaClient({ ...base, maxRetries: -1 })).toThrow(ConfigurationError);
  });

  it('joins a list of scopes with spaces', async ({ sim, client }) => {
    const athena = client({ scope: ['athena/service/Athenanet.MDP.*', 'system/Patient.read'] });
    await athena.practice.ping();
    const body = sim.requests.find((r) => r.path === '/oauth2/v1/token')?.body ?? '';
    expect(new URLSearchParams(body).get('scope')).toBe('athena/service/Athenanet.MDP.* system/Patient.read');
  });
});
