/** @internal Moved to the bottom layer (src/_lib/fastInstant.ts); re-exported for the area's files. @module */
export { readInstant } from '../_lib/fastInstant';
