// Reading what one batch cannot carry: a part a batch, halved whenever Excel finds one too big.
import { isPayloadLimit } from './errors';

/**
 * How a read is asked: everything in one batch, or in parts — its first batch gives the sizes, then
 * what it reads comes a part a batch (the used range's rows all in the first part, or half).
 */
export type Shape = { kind: 'one-batch' } | { kind: 'in-parts'; firstRows: 'all' | 'half' };

/**
 * Queues a part of `total` items per batch, from `first` items a part, halving a part whenever Excel
 * finds its payload too big. `queue` asks for a part and returns what to do with it once it is loaded.
 */
export async function inParts(context: Excel.RequestContext, total: number, first: number, queue: (start: number, count: number) => () => void): Promise<void> {
  let size = Math.max(1, first);
  let start = 0;
  while (start < total) {
    const count = Math.min(size, total - start);
    const done = queue(start, count);
    try {
      await context.sync();
    } catch (e) {
      if (isPayloadLimit(e) && count > 1) {
        size = Math.ceil(count / 2);
        continue;
      }
      throw e;
    }
    done();
    start += count;
  }
}
