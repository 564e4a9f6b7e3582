import { hostilePagesLongRun } from '../unit/hardening/reader-properties';

// 1,500 pages in two files of 750 (this one and hostile-pages-2.fuzz.ts), each its own process.
// The rendering run lives in its own file too (hostile-render.fuzz.ts).
hostilePagesLongRun('first');
