// The floor of any script-defined form: a custom element that only defines its tag and gives its
// content a slot, in a module script like the drop-in's. What a page of it costs over the plain
// form is what a deferred script costs on this machine, not a component; what <webview-form>
// costs over this page is its own.
customElements.define(
  'floor-form',
  class extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).append(document.createElement('slot'));
    }
  },
);
