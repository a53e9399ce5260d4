// One shard's worker (plain JavaScript, as a worker in an app would be): builds a report
// accumulator over its dossiers and posts back its plain-JSON state, which any other thread,
// process or machine can merge.
import { parentPort, workerData } from 'node:worker_threads';
import { createCalendar, createReportAccumulator, parsePeriod } from 'reform-rules';

const { dossiers, offset, procedures, period } = workerData;
const acc = createReportAccumulator({ period: parsePeriod(period), calendar: createCalendar(), procedures });
dossiers.forEach((d, i) => acc.add(d, offset + i));
parentPort.postMessage(acc.toJSON());
