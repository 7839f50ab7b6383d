/** The databases a store can run on. Migrations branch on it only where SQL itself differs. */
export type StoreDialect = 'sqlite' | 'postgres';
