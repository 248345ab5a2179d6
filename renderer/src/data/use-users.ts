import { useEffect, useState } from 'react';
import { userProfileSchema, type Role } from '@shared/model/settings';
import type { CrmDatabase } from '../db/database';

/** A company user as the renderer lists them: whom a record may be assigned to. */
export interface AssignableUser {
  id: string;
  name: string;
  role: Role;
  departmentId: string;
  /** Markets the user covers (ISO country codes), a hint when choosing who gets which leads. */
  regions?: string[];
}

/** The company's users, live from the synced configuration (settings of kind "user"; the doc id is the user id). */
export function useUsers(db: CrmDatabase): (AssignableUser & { active: boolean })[] {
  const [users, setUsers] = useState<(AssignableUser & { active: boolean })[]>([]);
  useEffect(() => {
    const sub = db.settings.find({ selector: { kind: 'user' } } as never).$.subscribe((docs) => {
      const out: (AssignableUser & { active: boolean })[] = [];
      for (const d of docs) {
        const doc = d.toJSON() as { id: string; data: unknown; trashedAt?: string };
        const profile = userProfileSchema.safeParse(doc.data);
        if (profile.success && !doc.trashedAt)
          out.push({
            id: doc.id,
            name: profile.data.name,
            role: profile.data.role,
            departmentId: profile.data.departmentId,
            active: profile.data.active,
            ...(profile.data.regions?.length ? { regions: profile.data.regions } : {}),
          });
      }
      setUsers(out);
    });
    return () => sub.unsubscribe();
  }, [db]);
  return users;
}
