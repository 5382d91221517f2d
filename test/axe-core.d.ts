// axe.min.js is a classic script that registers `window.axe`; it exports nothing to import.
declare module 'axe-core/axe.min.js';
