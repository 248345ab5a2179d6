import { z } from 'zod';
import type { Opportunity } from '@shared/model/opportunity';

/** A list filter; '' means "any". Stored in saved views, so it has a schema (old or odd views parse to defaults). */
export const opportunityFilterSchema = z.object({
  ownerId: z.string().max(40).catch(''),
  stageId: z.string().max(40).catch(''),
  status: z.enum(['', 'open', 'won', 'lost', 'expired']).catch(''),
  kind: z.enum(['', 'ordinary', 'project']).catch(''),
  closeFrom: z.string().max(10).catch(''),
  closeTo: z.string().max(10).catch(''),
});
export type OpportunityFilter = z.infer<typeof opportunityFilterSchema>;

export const EMPTY_FILTER: OpportunityFilter = {
  ownerId: '',
  stageId: '',
  status: '',
  kind: '',
  closeFrom: '',
  closeTo: '',
};

export function matchesFilter(o: Opportunity, f: OpportunityFilter): boolean {
  return (
    (!f.ownerId || o.ownerId === f.ownerId) &&
    (!f.stageId || o.stageId === f.stageId) &&
    (!f.status || o.status === f.status) &&
    (!f.kind || o.kind === f.kind) &&
    (!f.closeFrom || o.expectedCloseDate >= f.closeFrom) &&
    (!f.closeTo || o.expectedCloseDate <= f.closeTo)
  );
}

export interface SavedView {
  name: string;
  filter: OpportunityFilter;
}

const savedViewsSchema = z
  .array(z.object({ name: z.string().min(1).max(60), filter: opportunityFilterSchema }))
  .catch([]);

/** The saved views in a userPrefs doc's data (key `opportunityViews`); anything malformed is dropped. */
export function readSavedViews(prefs: Record<string, unknown> | undefined): SavedView[] {
  return savedViewsSchema.parse(prefs?.opportunityViews ?? []);
}

/** Adds or replaces (same name) a view, keeping the rest; names are trimmed and must not be empty. */
export function withSavedView(views: readonly SavedView[], view: SavedView): SavedView[] {
  const name = view.name.trim();
  if (!name) throw new Error('view name: a name is required');
  return [...views.filter((v) => v.name !== name), { name, filter: { ...view.filter } }];
}
