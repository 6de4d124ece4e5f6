/**
 * The seed articles' rivalry gold (seeds/gold.json -> overlaps) and where the rivalry goldens live, shared by the
 * engine and protocol rivalry tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** out/test/support -> repository root. */
const ROOT = join(__dirname, '..', '..', '..');
/** The seed articles' folder. */
export const SEEDS = join(ROOT, 'seeds');
/** Golden overlap results, one JSON file per pair. */
export const GOLDEN = join(ROOT, 'test', 'golden', 'rivalry');

/** One expected overlap from seeds/gold.json. */
export interface GoldOverlap {
  readonly a: string;
  readonly b: string;
  readonly sectors: readonly string[];
  readonly notSectors: readonly string[];
  readonly detail?: ReadonlyArray<{ sector: string; a: string[]; b: string[] }>;
}

/** The expected overlaps of the seed articles. */
export function goldOverlaps(): GoldOverlap[] {
  return (JSON.parse(readFileSync(join(SEEDS, 'gold.json'), 'utf8')) as { overlaps: GoldOverlap[] }).overlaps;
}
