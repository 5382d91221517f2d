// What the designer's browser tests share: the designer opened on a design link.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Design } from '../src/designer/design.js';
import { DESIGN_PARAM, encodeDesign } from '../src/designer/link.js';
import type { FormDesigner } from '../stories/designer/form-designer.js';
import '../stories/designer/form-designer.js';
import { setPageUrl } from './helpers.js';

let restoreUrl: (() => void) | undefined;
afterEach(() => {
  restoreUrl?.();
  restoreUrl = undefined;
});

/** The designer opened on a link holding `design`, once its outputs are written. */
export async function designerOn(design: Design): Promise<FormDesigner> {
  restoreUrl = setPageUrl(`?${DESIGN_PARAM}=${encodeDesign(design)}`);
  const designer = await fixture<FormDesigner>(html`<wfd-form-designer></wfd-form-designer>`);
  await waitUntil(() => designer.querySelectorAll('[data-output]').length === 6, 'the six outputs are written');
  return designer;
}
