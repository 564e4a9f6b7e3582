export * from './detect';
export * from './site';
export * from './snapshot';
export { readProfile, readWhenReady, pageShows } from './read';
export { cleanText, cleanHttpsUrl } from './clean';
