import { indexValueOf } from '../../domain/economics/index.ts';
import type { PriceIndexOutput } from '../../shared/economics-schema.ts';
import type { PriceIndexRecord } from './store.ts';

export function presentPriceIndex(record: PriceIndexRecord): PriceIndexOutput {
  return {
    year: record.year,
    index: indexValueOf(record.points),
    version: record.version,
    updatedAt: record.updatedAt.toISOString(),
  };
}
