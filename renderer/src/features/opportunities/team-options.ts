/** A user as the team picker needs them (see useUsers). */
export interface TeamUser {
  id: string;
  name: string;
  active: boolean;
}

/**
 * Choices for a project's team: active users by name, values are user ids. Members already on the team stay
 * listed even when they left or are unknown on this device (by name, else by id), so saving never drops them.
 */
export function teamOptions(
  users: readonly TeamUser[],
  selectedIds: readonly string[],
): Array<{ value: string; label: string }> {
  const byId = new Map(users.map((u) => [u.id, u]));
  const chosen = new Set(selectedIds);
  const active = users
    .filter((u) => u.active || chosen.has(u.id))
    .map((u) => ({ value: u.id, label: u.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const unknown = selectedIds.filter((id) => !byId.has(id)).map((id) => ({ value: id, label: id }));
  return [...active, ...unknown];
}
