export * from './common';
export * from './contact';
export * from './interaction';
export * from './task';
export * from './library';
export * from './settings';
export * from './feedback';
export * from './invitation';
