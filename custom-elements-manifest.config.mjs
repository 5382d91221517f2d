// custom-elements.json is generated from the element's JSDoc (@fires @slot @csspart @cssprop and
// property comments); Storybook's docs and controls, and editors, read it.
export default {
  globs: ['src/element/webview-form.ts', 'src/define.ts', 'src/element/events.ts', 'src/element/submit-event.ts', 'src/element/state.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'public-api-only',
      // The analyzer also guesses an event from every `dispatchEvent(new X(arg))`, naming it after
      // the argument; the @fires tags are the real list.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('webview-'));
            // Private state is not API: keep it out of the docs and the controls.
            if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
          }
        }
      },
    },
  ],
};
