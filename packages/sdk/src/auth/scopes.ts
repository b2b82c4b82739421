/** The athenaOne REST scope for client-credentials tokens. */
export const DEFAULT_SCOPE = 'athena/service/Athenanet.MDP.*';
