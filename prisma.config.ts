// Prisma CLI configuration. `engine: 'js'` keeps every CLI command offline (no native engine download);
// see ../shared/design/STACK.md. The runtime does not use this file: src/store/ builds its own client.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'sqlite', 'schema.prisma'),
  adapter: () => Promise.resolve(new PrismaBetterSQLite3({ url: ':memory:' })),
});
