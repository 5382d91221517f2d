// The README's React 19 snippet, and mistakes the JSX typings of webview-form/react must catch.
// Compiled by pack.test.mjs against the installed tarball and @types/react.
import 'webview-form';
import type {} from 'webview-form/react';
import type { SentPayload } from 'webview-form';

export function LeadForm({ onSent }: { onSent: (payload: SentPayload) => void }) {
  return (
    <webview-form region="us" message="lead submitted"
      fields={[{ name: 'email', type: 'email', label: 'Email', required: true }]}
      onwebview-success={(event) => onSent(event.detail.payload)}>
    </webview-form>
  );
}

export const everyListener = (
  <webview-form region="us"
    onwebview-submit={(event) => event.detail.payload.contextVariables.push({ name: 'source', value: 'react' })}
    onwebview-success={(event) => event.detail.status}
    onwebview-error={(event) => event.detail.error.kind}
    onwebview-invalid={(event) => event.detail.errors.length} />
);

export const attributesAndProperties = (
  <webview-form bot-id="b" conversation-id="c" user-id="u" url-variables="PaymentId,PaymentStatus" auto-submit
    botId="b" timeout={5000} variables={{ PaymentStatus: 'PROCESSED' }} className="lead" id="lead"
    ref={(form) => void form?.reportValidity()}>
    <input name="name" required />
  </webview-form>
);

// @ts-expect-error: 'eu' is not a region
export const wrongRegion = <webview-form region="eu" />;
// @ts-expect-error: 'emial' is not a type of field
export const wrongType = <webview-form fields={[{ name: 'email', type: 'emial' }]} />;
// @ts-expect-error: a success carries no error
export const wrongDetail = <webview-form onwebview-success={(event) => event.detail.error} />;
// @ts-expect-error: timeout is a number of milliseconds
export const wrongTimeout = <webview-form timeout="soon" />;
