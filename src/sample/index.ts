export { generateSample } from './generateSample';
export type { SampleData, SampleOptions } from './generateSample';
