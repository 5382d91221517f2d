// The README's React 19 snippet, and mistakes the JSX typings of webview-form/react must catch.
// Compiled by pack.test.mjs against the installed tarball and @types/react. Every property,
// attribute and event of src/element/public-interface.ts has a line here, and a wrong one marked
// as an expected error (test/node/public-interface.test.mjs checks that none is missing).
import 'webview-form';
import type {} from 'webview-form/react';
import type { SentPayload, WebviewErrorEvent } from 'webview-form';

export function LeadForm({ onSent }: { onSent: (payload: SentPayload) => void }) {
  return (
    <webview-form
      region="us"
      message="lead submitted"
      fields={[{ name: 'email', type: 'email', label: 'Email', required: true }]}
      onwebview-success={(event) => onSent(event.detail.payload)}
    ></webview-form>
  );
}

export const everyListener = (
  <webview-form
    region="us"
    onwebview-submit={(event) => event.detail.payload.contextVariables.push({ name: 'source', value: 'react' })}
    onwebview-success={(event) => event.detail.status}
    onwebview-error={(event) => event.detail.error.kind}
    onwebview-invalid={(event) => event.detail.errors.length}
    onwebview-start={(event) => event.type}
    onwebview-step={(event) => event.detail.to + event.detail.index}
    onwebview-abandon={(event) => event.detail.filled.join(',')}
    onwebview-queued={(event) => event.detail.attempts}
  />
);

export const everyProperty = (
  <webview-form
    botId="b"
    conversationId="c"
    userId="u"
    params={{ conversationId: 'cid' }}
    endpoint="/mock"
    domain="va.bc-intg.liveperson.net"
    region="us"
    message="hi"
    timeout={5000}
    variables={{ PaymentStatus: 'PROCESSED' }}
    urlVariables={['PaymentId']}
    notCardNumbers={['orderId']}
    fields={[{ step: 'About you', fields: [{ name: 'name' }] }]}
    messages={{ send: 'Envoyer' }}
    autoSubmit
    closeOnSuccess={false}
    returnUrl="https://wa.me/15551234567"
    confirmLeave
    review
    keep="none"
    prefill={['name', 'email']}
    fetch={(request) => globalThis.fetch(request)}
  />
);

export const everyAttribute = (
  <webview-form
    bot-id="b"
    conversation-id="c"
    user-id="u"
    url-variables="PaymentId,PaymentStatus"
    not-card-numbers="orderId"
    auto-submit
    close-on-success={false}
    return-url="https://wa.me/15551234567"
    confirm-leave
    className="lead"
    id="lead"
    ref={(form) => void form?.reportValidity()}
  >
    <input name="name" required />
  </webview-form>
);

// @ts-expect-error: botId is a text
export const wrongBotId = <webview-form botId={1} />;
// @ts-expect-error: conversationId is a text
export const wrongConversationId = <webview-form conversationId={1} />;
// @ts-expect-error: userId is a text
export const wrongUserId = <webview-form userId={1} />;
// @ts-expect-error: params names query parameters
export const wrongParams = <webview-form params={{ conversationId: 1 }} />;
// @ts-expect-error: endpoint is a text
export const wrongEndpoint = <webview-form endpoint={new URL('https://example.com')} />;
// @ts-expect-error: domain is a text
export const wrongDomain = <webview-form domain={1} />;
// @ts-expect-error: 'eu' is not a region
export const wrongRegion = <webview-form region="eu" />;
// @ts-expect-error: message is a text
export const wrongMessage = <webview-form message={1} />;
// @ts-expect-error: timeout is a number of milliseconds
export const wrongTimeout = <webview-form timeout="soon" />;
// @ts-expect-error: variables is an object, not JSON text (React sets the property)
export const wrongVariables = <webview-form variables='{"source": "chat"}' />;
// @ts-expect-error: the urlVariables property is a list (the attribute is the text)
export const wrongUrlVariables = <webview-form urlVariables="PaymentId,PaymentStatus" />;
// @ts-expect-error: the notCardNumbers property is a list (the attribute is the text)
export const wrongNotCardNumbers = <webview-form notCardNumbers="orderId" />;
// @ts-expect-error: 'emial' is not a type of field
export const wrongType = <webview-form fields={[{ name: 'email', type: 'emial' }]} />;
// @ts-expect-error: a message is a text
export const wrongMessages = <webview-form messages={{ send: 1 }} />;
// @ts-expect-error: autoSubmit is true or false
export const wrongAutoSubmit = <webview-form autoSubmit="yes" />;
// @ts-expect-error: closeOnSuccess is true or false
export const wrongCloseOnSuccess = <webview-form closeOnSuccess="yes" />;
// @ts-expect-error: returnUrl is a text
export const wrongReturnUrl = <webview-form returnUrl={new URL('https://wa.me/1')} />;
// @ts-expect-error: confirmLeave is true or false
export const wrongConfirmLeave = <webview-form confirmLeave="yes" />;
// @ts-expect-error: review is true or false
export const wrongReview = <webview-form review="yes" />;
// @ts-expect-error: the prefill property is a list of names (the attribute is the text)
export const wrongPrefill = <webview-form prefill="name,email" />;

// @ts-expect-error: keep is device, tab or none
export const wrongKeep = <webview-form keep="forever" />;
// @ts-expect-error: fetch answers with a promise of a Response
export const wrongFetch = <webview-form fetch={(request: Request) => request.url} />;
// @ts-expect-error: the element sets state
export const wrongState = <webview-form state="success" />;

// @ts-expect-error: an attribute is text
export const wrongBotIdAttribute = <webview-form bot-id={1} />;
// @ts-expect-error: an attribute is text
export const wrongConversationIdAttribute = <webview-form conversation-id={1} />;
// @ts-expect-error: an attribute is text
export const wrongUserIdAttribute = <webview-form user-id={1} />;
// @ts-expect-error: the attribute is comma-separated text
export const wrongUrlVariablesAttribute = <webview-form url-variables={['PaymentId']} />;
// @ts-expect-error: the attribute is comma-separated text
export const wrongNotCardNumbersAttribute = <webview-form not-card-numbers={['orderId']} />;
// @ts-expect-error: a boolean attribute is there or not
export const wrongAutoSubmitAttribute = <webview-form auto-submit="yes" />;
// @ts-expect-error: a boolean attribute is there or not
export const wrongCloseOnSuccessAttribute = <webview-form close-on-success="yes" />;
// @ts-expect-error: an attribute is text
export const wrongReturnUrlAttribute = <webview-form return-url={1} />;
// @ts-expect-error: a boolean attribute is there or not
export const wrongConfirmLeaveAttribute = <webview-form confirm-leave="yes" />;

// @ts-expect-error: webview-submit is not an error event
export const wrongSubmitListener = <webview-form onwebview-submit={(event: WebviewErrorEvent) => event.detail.error} />;
// @ts-expect-error: a success carries no error
export const wrongDetail = <webview-form onwebview-success={(event) => event.detail.error} />;
// @ts-expect-error: an error carries no payload
export const wrongErrorListener = <webview-form onwebview-error={(event) => event.detail.payload} />;
// @ts-expect-error: webview-invalid lists errors, not a payload
export const wrongInvalidListener = <webview-form onwebview-invalid={(event) => event.detail.payload} />;
// @ts-expect-error: webview-start carries no detail
export const wrongStartListener = <webview-form onwebview-start={(event) => event.detail} />;
// @ts-expect-error: webview-step carries no values
export const wrongStepListener = <webview-form onwebview-step={(event) => event.detail.values} />;
// @ts-expect-error: webview-abandon names the fields, never their values
export const wrongAbandonListener = <webview-form onwebview-abandon={(event) => event.detail.values} />;
// @ts-expect-error: webview-queued carries no answers, only why and when
export const wrongQueuedListener = <webview-form onwebview-queued={(event) => event.detail.payload} />;
