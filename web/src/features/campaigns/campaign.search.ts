import { oneOf } from '../../routes/search-params';
import { requestFilters, type RequestFilter } from './campaign.codes';

export type CampaignSearch = { status?: RequestFilter };

/** ?status=overdue: the overdue list of a campaign. */
export const validateCampaignSearch = (search: Record<string, unknown>): CampaignSearch => ({ status: oneOf(search.status, requestFilters) });
