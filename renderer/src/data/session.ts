import { createContext, useContext } from 'react';
import type { Role } from '@shared/model/settings';
import type { Actor } from '@shared/model/stamp';

/** Who is using the app. Before any sign-in it is the device's local profile; sign-in replaces it. */
export interface Session extends Actor {
  role: Role;
  /** False for the local profile: no server account yet. */
  signedIn: boolean;
  displayName?: string;
}

export const LOCAL_SESSION: Session = { userId: 'local', departmentId: '', role: 'rep', signedIn: false };

export const SessionContext = createContext<Session>(LOCAL_SESSION);

/** The current user; also the `Actor` every write is stamped with. */
export function useSession(): Session {
  return useContext(SessionContext);
}
