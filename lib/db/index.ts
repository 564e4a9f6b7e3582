export { GuildDatabase, getDb, DATABASE_NAME } from './database';
export * from './contacts';
