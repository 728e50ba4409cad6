import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The real documents in shared/seeds, beside the repository's clone (here and in CI). Tests read
// them at run time; their text is not copied into the project.
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** The path of the seed whose file name starts with the prefix ("000_"). */
export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix) && file.endsWith('.txt'));
  if (!name) throw new Error(`No seed ${prefix}* in ${SEEDS}`);
  return SEEDS + name;
}

/** The text of the seed whose file name starts with the prefix ("000_"). */
export function readSeed(prefix: string): string {
  return readFileSync(seedPath(prefix), 'utf8');
}
