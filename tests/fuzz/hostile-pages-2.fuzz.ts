import { hostilePagesLongRun } from '../unit/hardening/reader-properties';

// The second half of hostile-pages.fuzz.ts's 1,500 pages, in a process of its own.
hostilePagesLongRun('second');
