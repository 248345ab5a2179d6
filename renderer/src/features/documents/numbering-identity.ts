import { LOCAL_USER_ID } from '../../db/replication';
import { deviceId } from '../sync';

/**
 * Whose sequence a new document number continues: the signed-in user's (the same on all their devices), or,
 * before any sign-in, this device's own, so two laptops at a show without accounts still never share a number.
 */
export function numberingIdentity(userId: string, device: () => string = deviceId): string {
  return userId === LOCAL_USER_ID ? `${LOCAL_USER_ID}:${device()}` : userId;
}
