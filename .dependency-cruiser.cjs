// The import rules of DESIGN.md, checked in `npm test` (`npm run deps`): no cycle, type imports
// included; arrows point down (element → steps, fields → dom → core, with i18n beside dom); a
// lazily loaded chunk is reached from the element only through import(); the mock is nobody's
// dependency but its own hosts'.
const layer = (name, mayUse) => ({
  name: `${name}-imports-down`,
  comment: `src/${name}/ may import only from ${mayUse.join(', ')}: arrows point down (DESIGN.md, "Layout")`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: mayUse.map((folder) => `^src/${folder}/`) },
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
    layer('steps', ['steps', 'fields', 'dom', 'core', 'i18n']),
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
        'A lazily loaded chunk (the steps, a language table, the delivery) is reached from outside it only through import(), or for its types',
      severity: 'error',
      // The package's entry re-exports the public event classes, the step event among them.
      from: { path: '^src/', pathNot: ['^src/steps/', '^src/i18n/tables/', '^src/api[.]ts$'] },
      to: {
        path: ['^src/steps/', '^src/i18n/tables/', '^src/element/delivery[.]ts$'],
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
