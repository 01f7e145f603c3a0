// `npm run build:server`: the production server bundled into dist-server/ as plain JavaScript,
// so that `npm start` needs production dependencies only. A bundle (not tsc's file-by-file
// output) because team mode's server runs use the import engine from src/, whose imports
// carry no file extensions. Packages stay external: they come from node_modules at run time.
import { defineConfig } from 'vite'

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: {
        format: 'es',
        entryFileNames: 'main.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
})
