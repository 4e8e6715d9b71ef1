// Vite config for the kgx client: root is client/, output client/dist, and in dev
// /api is proxied to the kgx server (KGX_API_PORT, default 3000).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  // Shared types and the labels allow-list: `@core/model/…` is server/core/model (as in tsconfig.json).
  resolve: { alias: { "@core": fileURLToPath(new URL("../server/core", import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: {
      "/api": `http://localhost:${process.env.KGX_API_PORT ?? 3000}`,
    },
  },
});
