import type { CompanySettings } from '@shared/model/settings';

export type SalesEntryPoint = 'campaigns' | 'leads' | 'opportunities' | 'contracts' | 'orders';

const ALL: SalesEntryPoint[] = ['campaigns', 'leads', 'opportunities', 'contracts', 'orders'];

/** The steps of the sales process the UI offers: with lead management off (per company) it starts at opportunities. */
export function activeEntryPoints(company: Pick<CompanySettings, 'leadManagement'>): SalesEntryPoint[] {
  return company.leadManagement ? [...ALL] : ALL.filter((p) => p !== 'leads');
}

/** Where new business enters: the lead list, or the opportunity board when leads are not managed. */
export function salesStart(company: Pick<CompanySettings, 'leadManagement'>): 'leads' | 'opportunities' {
  return company.leadManagement ? 'leads' : 'opportunities';
}
