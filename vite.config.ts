import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import ts from 'typescript';
import { minify } from 'terser';
import { resolve } from 'node:path';
import { webviewMock } from './src/mock/vite-plugin.js';

const root = import.meta.dirname;
const demo = resolve(root, 'demo');
const tables = resolve(root, 'src/i18n/tables');

// Three builds from one config:
// - default: the npm entry, dist/index.js, for bundlers; lit, zod and @noble/hashes
//   stay imports so an app shares one copy of each;
// - `standalone`: the <script type="module"> drop-in, everything inside and minified, with the
//   @noble/hashes fallback left as a lazily loaded chunk that secure pages never fetch;
// - `demo`: the demo pages, for `npm run preview`.
// `npm start` serves demo/ with the mock backend mounted by its Vite plugin.
/**
 * Squeezes the white space (and CSS comments) out of the `html` and `css` template literals of
 * src/: the minifier keeps template text as written, and every byte of the drop-in counts. The
 * literals are found with TypeScript's parser, so `${…}` expressions are never touched. In HTML a
 * run of white space with a line break becomes one space, which renders the same. In CSS the
 * spaces go around braces, semicolons, commas and `>`, after a colon (a space before one may be a
 * descendant combinator, so those stay) and before `!important`; so do a rule's last semicolon,
 * the zero of `0.5em`, and the quotes around an attribute value that is a name (`[part=error]`).
 */
function compactTemplateLiterals(): Plugin {
  const squeeze = {
    html: (text: string) => text.replace(/\s*\n\s*/g, ' '),
    css: (text: string) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};,>]) ?/g, '$1')
        .replace(/: /g, ':')
        .replace(/ !important/g, '!important')
        .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
        .replace(/;}/g, '}')
        .replace(/\[([\w-]+)='([a-z][\w-]*)'\]/gi, '[$1=$2]'),
  };
  return {
    name: 'webview-form:compact-template-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return undefined;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: Array<{ start: number; end: number; text: string }> = [];
      const visit = (node: ts.Node): void => {
        const tag = ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) ? node.tag.text : '';
        if (tag === 'html' || tag === 'css') {
          const { template } = node as ts.TaggedTemplateExpression;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            // Text between the delimiters: after ` or }, before ` or ${.
            const start = part.getStart(source) + 1;
            const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            edits.push({ start, end, text: squeeze[tag](code.slice(start, end)) });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let compacted = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
        compacted = compacted.slice(0, start) + text + compacted.slice(end);
      return { code: compacted, map: null };
    },
  };
}

/**
 * The drop-in's last touches, on the chunks rolldown has minified:
 * - terser goes over them once more: it folds what oxc's minifier leaves, about 70 B of the first
 *   render's gzip. Of its unsafe options only two, which nothing here can notice: unused trailing
 *   parameters go (no code reads a function's `length`) and function expressions that use no
 *   `this` become arrows (none is called with `new` or has its `prototype` read);
 * - the entry starts with V8's explicit compile hint: nearly every function in it runs while the
 *   page loads, so Chromium compiles them all off the main thread as the file streams in, rather
 *   than one by one on first call (measured in traces: 6-16 ms of main-thread compiling down to
 *   under 1 ms). Engines that do not know the comment skip it. The delivery chunk starts with
 *   it too: it arrives while the page is idle, so the functions a Send runs (validation, zod's
 *   parse, the payload, the signature) are compiled before the click rather than inside it:
 *   click to `fetch()` 0.6-0.8 ms shorter in an A/B of the bench's submit, for ~0.1 MB more
 *   heap. The other chunks get no hint: most of their functions wait for what may never come.
 *
 * The readable build (`readable`) gets the hint alone, so that a profile of it compiles as the
 * page's drop-in does.
 */
function finishDropIn(readable: boolean): Plugin {
  return {
    name: 'webview-form:finish-drop-in',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const first = chunk.isEntry && chunk.name === 'webview-form.standalone';
        const hint = first || chunk.name === 'delivery' ? '//# allFunctionsCalledOnLoad\n' : '';
        if (readable) {
          chunk.code = hint + chunk.code;
          continue;
        }
        const { code = chunk.code } = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          // The entry's function declarations hoisted to the top of the file (they are hoisted at run
          // time anyway) and a third pass: 45 B of its gzip; the same grows the delivery chunk's, so it is the entry's alone.
          compress: { passes: first ? 3 : 2, keep_fargs: false, unsafe_arrows: true, hoist_funs: first },
          format: { comments: false },
        });
        // Lit's one production error message guards a constructor the drop-in never exposes (its
        // Lit is its own, inside the file): the error keeps its name, not its advice (~50 B).
        const short = code.replace('Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")', 'Error("CSSResult")');
        chunk.code = hint + short;
      }
    },
  };
}

/**
 * The drop-in's build id: a hash of what the build is made from (the sources, the locked
 * dependencies, this config). Its lazy files carry it in their names, and its entry asks for
 * exactly those: a cache or a CDN that keeps yesterday's chunks beside today's entry cannot mix
 * versions. The entry itself keeps a stable name, for the page's tag.
 */
function buildId(): string {
  const hash = createHash('sha256');
  const files = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => (entry.isDirectory() ? files(resolve(folder, entry.name)) : [resolve(folder, entry.name)]));
  for (const file of [...files(resolve(root, 'src')), resolve(root, 'package-lock.json'), resolve(root, 'vite.config.ts')])
    hash.update(file.slice(root.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 8);
}

export default defineConfig(({ command, mode }): UserConfig => {
  const shared: UserConfig = {
    plugins: [webviewMock(), compactTemplateLiterals()],
    server: { port: 5173, strictPort: true, fs: { allow: [root] } },
    preview: { port: 5173, strictPort: true },
    // Pre-bundled up front: discovering one of these mid-session reloads the page with a second Lit.
    optimizeDeps: { include: ['lit', 'lit/directives/if-defined.js', 'lit/html.js', '@lit/reactive-element', '@lit/task', 'zod/mini'] },
  };
  if (command === 'serve' || mode === 'demo') {
    const pages = readdirSync(demo).filter((file) => file.endsWith('.html'));
    return {
      ...shared,
      root: demo,
      build: {
        outDir: resolve(root, 'dist-demo'),
        emptyOutDir: true,
        rolldownOptions: { input: Object.fromEntries(pages.map((page) => [page.replace('.html', ''), resolve(demo, page)])) },
      },
    };
  }
  // `readable`: the drop-in as built for the page, but not minified and with its modules' names in
  // comments, in dist/readable/, for bench/profile.mjs to say which module a sample was in. The
  // next `npm run build` empties dist/ first, so `npm pack`, which builds, never ships it.
  const readable = mode === 'readable';
  const standalone = mode === 'standalone' || readable;
  const build = standalone ? buildId() : '';
  return {
    ...shared,
    plugins: standalone ? [...shared.plugins!, finishDropIn(readable)] : shared.plugins,
    // The drop-in knows its build id, and so its chunks' file names: a failed one is asked for again by its URL.
    define: standalone ? { __WEBVIEW_FORM_BUILD__: JSON.stringify(build) } : {},
    build: {
      outDir: resolve(root, readable ? 'dist/readable' : 'dist'),
      emptyOutDir: !standalone,
      target: 'es2022',
      minify: standalone && !readable,
      // Maps for the bundler entries: readable code whose maps lead to the TypeScript (sources
      // inlined), for whoever steps into the element from their app. None for the drop-in: it is
      // served as it is, and its maps would be three fifths of the package (see README, Install).
      sourcemap: !standalone,
      lib: {
        // The npm build has a side-effect-free entry too: the class without the define.
        // The drop-in's language tables are entries of their own: it asks for them by URL (i18n/languages.ts).
        entry: standalone
          ? {
              'webview-form.standalone': resolve(root, 'src/standalone.ts'),
              ...Object.fromEntries(
                readdirSync(tables).map((file) => [`webview-form.${file.replace('.ts', '')}.${build}`, resolve(tables, file)]),
              ),
            }
          : { index: resolve(root, 'src/index.ts'), element: resolve(root, 'src/element.ts') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: standalone
        ? {
            // Code shared with the lazy chunks may live in the entry file (which then exports it),
            // so the drop-in is one request rather than a file and the chunks it would import.
            preserveEntrySignatures: 'allow-extension',
            // Named for what they hold and the build they belong to (see buildId).
            // No comments survive: the pure annotations have done their work by the time code is written.
            output: { minify: !readable, comments: readable, chunkFileNames: `webview-form.[name].${build}.js` },
          }
        : { external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^@noble\//], output: { chunkFileNames: 'webview-form-[hash].js' } },
    },
  };
});
