import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project root (the folder holding package.json, data/ and src/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a file under the project's data/ folder. */
export function dataPath(...parts: string[]): string {
  return path.join(PROJECT_ROOT, 'data', ...parts);
}

/** The shared folder beside the project (../shared), where evaluation data lives when present. */
export const SHARED_ROOT = path.resolve(PROJECT_ROOT, '..', 'shared');
