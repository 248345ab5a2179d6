import { adminEndpoints } from './admin';
import { assignmentEndpoints } from './assignment';
import { authEndpoints } from './auth';
import { blobEndpoints } from './blobs';
import type { EndpointDef } from './endpoint';
import { healthEndpoints } from './health';
import { syncEndpoints } from './sync';

/**
 * The one HTTP contract of the sync server (docs/http-api.md): every endpoint, by name. The server registers
 * exactly these routes (a test fails on any other), the renderer's client calls them by name.
 */
export const httpContract = {
  ...healthEndpoints,
  ...authEndpoints,
  ...syncEndpoints,
  ...assignmentEndpoints,
  ...adminEndpoints,
  ...blobEndpoints,
} as const satisfies Record<string, EndpointDef>;

export type HttpContract = typeof httpContract;
export type EndpointName = keyof HttpContract;
export const endpointNames = Object.keys(httpContract) as EndpointName[];
