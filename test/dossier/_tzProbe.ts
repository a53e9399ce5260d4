/**
 * Evaluates the dossiers read from stdin (JSON) and writes their evaluations (JSON) to stdout.
 * Run by evaluateDossier.prop.test.ts under several TZ values to show the host time zone plays no part.
 */
import { readFileSync } from 'node:fs';
import { createCalendar } from '../../src/calendar/createCalendar';
import { evaluateDossier } from '../../src/dossier/index';
import { ARB_AS_OF, arbitraryProcedures } from '../arbitraries/dossier';

const dossiers = JSON.parse(readFileSync(0, 'utf8')) as Parameters<typeof evaluateDossier>[0][];
const calendar = createCalendar();
const out = dossiers.map((d) => evaluateDossier(d, { calendar, asOf: ARB_AS_OF, procedures: arbitraryProcedures }));
process.stdout.write(JSON.stringify(out));
