/** The upload queue as the count handler and feed see it. */
export interface CountableQueue {
  pending(): ReadonlyArray<unknown>;
  onEvent(listener: () => void): () => void;
}

/**
 * Reports the number of files waiting for upload each time it changes (queued, uploaded, given up), so the
 * renderer's sync badge counts them; a failed attempt that will be retried leaves it as it was.
 */
export function watchUploadCount(queue: CountableQueue, onCount: (count: number) => void): () => void {
  let last = queue.pending().length;
  return queue.onEvent(() => {
    const count = queue.pending().length;
    if (count === last) return;
    last = count;
    onCount(count);
  });
}
