import type { WireDoc } from '../../shared/api';

export function toWire(data: Record<string, unknown>, deleted: boolean): WireDoc {
  return { ...(data as { id: string }), _deleted: deleted };
}
