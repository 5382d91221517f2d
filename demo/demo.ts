// The demo pages import the element from source, as an app with a bundler would import the package.
import '../src/index.js';
