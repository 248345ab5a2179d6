/** The HTTP contract of the sync server: endpoints, their request and response schemas, error bodies. */
export * from './contract';
export * from './endpoint';
export * from './errors';
export * from './query';
export * from './auth';
export * from './sync';
export * from './assignment';
export * from './admin';
export * from './blobs';
export * from './health';
