import { oneOf } from '../../../routes/search-params';
import { roundTabs, type RoundTab } from './staff.codes';

/** The round page's tab, in the URL so that a link or a reload opens the same one. */
export type RoundSearch = { tab?: RoundTab };

export const validateRoundSearch = (search: Record<string, unknown>): RoundSearch => ({ tab: oneOf(search.tab, roundTabs) });
