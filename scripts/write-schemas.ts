/**
 * Writes docs/schemas/<Kind>.schema.json from the zod schemas (npm run schemas).
 * test/model/jsonSchema.test.ts fails when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordKinds, toJSONSchema } from '../src/model/index';

const dir = join(import.meta.dirname, '..', 'docs', 'schemas');
mkdirSync(dir, { recursive: true });
for (const kind of recordKinds) {
  writeFileSync(join(dir, `${kind}.schema.json`), `${JSON.stringify(toJSONSchema(kind), null, 2)}\n`);
}
process.stdout.write(`wrote ${recordKinds.length} schemas to docs/schemas/\n`);
