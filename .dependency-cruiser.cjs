// The import rules of DESIGN.md, checked in `npm test` (`npm run deps`): no cycle, type imports
// included; arrows point down (element → fields → dom → i18n → core); a lazily loaded chunk is a
// folder (delivery/, steps/, kinds/, dates/, phone/, i18n/tables/) reached from outside only through
// import(), and the chunks share no module of their own; the mock is nobody's dependency but its own hosts'.
const layer = (name, mayUse, alsoFiles = []) => ({
  name: `${name}-imports-down`,
  comment: `src/${name}/ may import only from ${[...mayUse, ...alsoFiles].join(', ')}: arrows point down (DESIGN.md, "Layout")`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: {
    path: '^src/',
    pathNot: [...mayUse.map((folder) => `^src/${folder}/`), ...alsoFiles.map((file) => `^src/${file.replace('.', '[.]')}$`)],
  },
});

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'No import cycle, type imports included: each module reads from modules below it',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('core', ['core']),
    layer('i18n', ['i18n', 'core']),
    layer('dom', ['dom', 'core', 'i18n']),
    layer('fields', ['fields', 'dom', 'core', 'i18n']),
    // The steps, like the delivery, talk to the element through the one interface it lends.
    layer('steps', ['steps', 'fields', 'dom', 'core', 'i18n'], ['element/form-host.ts']),
    // The delivery reads the element's public description and its regions (the entry file, which the chunk imports).
    layer('delivery', ['delivery', 'element', 'steps', 'kinds', 'dates', 'phone', 'fields', 'dom', 'core', 'i18n']),
    // The field types the first render does not draw: the delivery lends them what they need of it.
    layer('kinds', ['kinds', 'fields', 'dom', 'core', 'i18n']),
    layer('dates', ['dates', 'fields', 'dom', 'core', 'i18n']),
    // libphonenumber-js, behind the three functions the delivery calls.
    layer('phone', ['phone']),
    {
      name: 'chunks-share-no-module',
      comment:
        'The chunks share no module: what the steps and the kinds need of the delivery, the delivery lends them when it starts them; it reaches the kinds and the phone chunks through import() alone',
      severity: 'error',
      from: { path: '^src/(delivery|steps|kinds|dates|phone)/' },
      to: {
        path: '^src/(delivery|steps|kinds|dates|phone)/',
        pathNot: '^src/$1/',
        dependencyTypesNot: ['dynamic-import', 'type-only', 'type-import', 'pre-compilation-only'],
      },
    },
    // The HTML generator runs the element's drawing, the chunks' included, at once: it is no part of the element.
    // The generator's entry also hands out the rest of an HTML-first page's head: its look before the upgrade and the early-send script.
    layer(
      'render',
      ['render', 'delivery', 'kinds', 'dates', 'phone', 'fields', 'dom', 'core', 'i18n'],
      ['pre-upgrade.ts', 'element/early-send.ts'],
    ),
    {
      name: 'render-only-for-its-hosts',
      comment: 'The HTML generator (render/) is used by its command, its Vite plugin and the designer, never by the element',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/render/', '^src/designer/'] },
      to: { path: '^src/render/' },
    },
    layer('mock', ['mock', 'core']),
    {
      name: 'mock-only-for-its-hosts',
      comment: 'The mock is imported by the demo, stories, tests and its own hosts; of src/, only the designer rehearses with its bot',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/mock/', '^src/designer/'] },
      to: { path: '^src/mock/' },
    },
    {
      name: 'lazy-chunks-through-import',
      comment:
        'A lazily loaded chunk (the delivery, the steps, the kinds, the dates, the phone code, a language table) is reached from outside it only through import(), or for its types',
      severity: 'error',
      // The npm entries (api.ts, element.ts) re-export public classes and functions of both chunks:
      // a bundler splits an app its own way. The HTML generator (render/) draws with them all at once;
      // pre-upgrade.ts is no part of the element: it gathers the sheets of every field type into the
      // stylesheet a page inlines (dist/webview-form.css).
      from: {
        path: '^src/',
        pathNot: [
          '^src/steps/',
          '^src/i18n/tables/',
          '^src/delivery/',
          '^src/kinds/',
          '^src/dates/',
          '^src/phone/',
          '^src/render/',
          '^src/api[.]ts$',
          '^src/element[.]ts$',
          '^src/pre-upgrade[.]ts$',
        ],
      },
      to: {
        path: ['^src/steps/', '^src/i18n/tables/', '^src/delivery/', '^src/kinds/', '^src/dates/', '^src/phone/'],
        dependencyTypesNot: ['dynamic-import', 'type-only', 'type-import', 'pre-compilation-only'],
      },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  },
};
