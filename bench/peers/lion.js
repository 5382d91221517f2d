// Lion, only the components the page uses. Lion has no `required` attribute: a field is required
// through its validators, set here as Lion's documentation does.
import '@lion/ui/define/lion-form.js';
import '@lion/ui/define/lion-input.js';
import '@lion/ui/define/lion-input-email.js';
import '@lion/ui/define/lion-select.js';
import '@lion/ui/define/lion-radio-group.js';
import '@lion/ui/define/lion-radio.js';
import '@lion/ui/define/lion-input-date.js';
import '@lion/ui/define/lion-textarea.js';
import '@lion/ui/define/lion-checkbox-group.js';
import '@lion/ui/define/lion-checkbox.js';
import '@lion/ui/define/lion-button-submit.js';
import { Required } from '@lion/ui/form-core.js';

for (const field of document.querySelectorAll('[data-required]')) field.validators = [new Required()];
