import type { CountableQueue } from '../files/upload-count';
import type { Handlers } from './register';

export function createUploadHandlers(queue: CountableQueue): Pick<Handlers, 'files:uploadCount'> {
  return { 'files:uploadCount': () => ({ count: queue.pending().length }) };
}
