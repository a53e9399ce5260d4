export { generateSample, sampleCatalog } from './generateSample';
export type { SampleData, SampleOptions } from './generateSample';
export { sampleDossiers, sampleText } from './sampleText';
export type { SampleText, SampleTextOptions } from './sampleText';
