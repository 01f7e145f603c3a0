// `npm run build:server`: the production server bundled into dist-server/ as plain JavaScript,
// so that `npm start` needs production dependencies only. A bundle (not tsc's file-by-file
// output) because team mode's server runs use the import engine from src/, whose imports
// carry no file extensions. Packages stay external: they come from node_modules at run time.
import { defineConfig } from 'vite'

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    // The server, and `npm run db:move` (embedded audit log → PostgreSQL).
    ssr: true,
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { main: 'server/main.ts', 'db-move': 'server/team/db-move.ts' },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
})
