import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { poCatalogue } from './scripts/vite/poCatalogue';

const THEME_COLOUR = '#1d70b8';

/**
 * The team servers at other addresses a copy built here may connect to (`TEAM_SERVER_ORIGINS`
 * at build time: comma-separated exact origins, each also in that server's APP_ORIGINS). None by
 * default: the page talks to its own origin only. The app is told them too, to say so plainly
 * when asked to connect elsewhere (src/ui/teamServer/builtFor.ts).
 */
function teamServerOrigins(text: string | undefined): string[] {
  const listed = (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const origin of listed) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new Error(
        `TEAM_SERVER_ORIGINS: "${origin}" is not an origin like https://caseaudit.example.gov.uk`,
      );
    }
  }
  return listed;
}

const TEAM_SERVER_ORIGINS = teamServerOrigins(process.env.TEAM_SERVER_ORIGINS);

/**
 * Nothing loads from another origin (SPEC §10): the built page carries a Content Security
 * Policy that allows this origin only, and for requests the team servers it was built for.
 * Added at build time so the dev server's tooling works.
 * 'wasm-unsafe-eval' lets WebAssembly compile (Argon2id, src/workers/keyDerivationService.ts)
 * without allowing JavaScript's eval.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  `connect-src ${["'self'", ...TEAM_SERVER_ORIGINS].join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'case-audit:csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

export default defineConfig({
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(version),
    'import.meta.env.VITE_TEAM_SERVER_ORIGINS': JSON.stringify(TEAM_SERVER_ORIGINS.join(',')),
  },
  plugins: [
    preact(),
    poCatalogue(),
    contentSecurityPolicy(),
    VitePWA({
      // Our own worker (src/sw/sw.ts); Workbox injects the precache list of every built asset.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // The page registers the worker itself (src/ui/shell/ReloadPrompt) and never updates on its own.
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json,woff2,ttf}'],
        // Built-in frameworks and the PDF library are large but must work offline too.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: 'Case Audit',
        short_name: 'Case Audit',
        description: 'Audit case files against an inspection framework, offline.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: THEME_COLOUR,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
  ],
  resolve: {
    // jsPDF's html() and SVG support pull in these libraries; reports never use them, so they
    // are left out of the build (and of what every device downloads for offline use).
    alias: {
      html2canvas: '/src/report/pdf/notBundled.ts',
      dompurify: '/src/report/pdf/notBundled.ts',
      canvg: '/src/report/pdf/notBundled.ts',
    },
  },
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true, silenceDeprecations: ['import'] },
    },
  },
  build: {
    // Several builds may run side by side (e.g. tests while developing): each can have its own.
    outDir: process.env.CASE_AUDIT_OUT_DIR ?? 'dist',
    target: 'es2022',
    // GOV.UK Frontend keeps an old-IE hack (`min-width: 0\\0`) that lightningcss rejects.
    cssMinify: 'esbuild',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Dexie in a chunk of its own: the first screen (set-up or unlock) needs it for the list
        // of people, and without this it comes merged with the whole storage layer.
        codeSplitting: { groups: [{ name: 'dexie', test: /node_modules[\\/]dexie[\\/]/ }] },
      },
    },
  },
  // Workers build with their own plugins: the report worker reads the Welsh catalogue too.
  worker: { format: 'es', plugins: () => [poCatalogue()] },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
});
