import { findProvider, providers } from '../data/providers.js';
import { fail, ok, type HandlerTable } from './context.js';
import { pageOf, readPaging } from './paging.js';

/** athena's default page for reference lists such as providers. */
const DEFAULT_LIMIT = 1500;

export const providerHandlers: HandlerTable = {
  'providers.listProviders': (ctx) => {
    const paging = readPaging(ctx, DEFAULT_LIMIT);
    const name = ctx.params.name?.trim().toLowerCase();
    const type = ctx.params.providertype?.trim().toUpperCase();
    const records = providers.filter(
      (p) =>
        (!name || `${p.firstname} ${p.lastname}`.toLowerCase().includes(name)) &&
        (!type || p.providertype === type),
    );
    return pageOf(ctx, records, paging);
  },
  'providers.getProvider': (ctx) => {
    const provider = findProvider(ctx.params.providerid as string);
    if (provider === undefined) return fail(404, { error: 'The provider ID does not exist.' });
    return ok([provider]);
  },
};
