import { expect } from '@open-wc/testing';
import { buildPayload, checkPayload } from '../src/core/payload.js';
import { jsonAttribute } from '../src/element/public-interface.js';
import { signRequest } from '../src/core/sign.js';
import { IDS, thrownBy } from './helpers.js';

const PAGE = 'https://forms.example/pay?PaymentId=534e&PaymentStatus=PROCESSED&empty=';
const ENDPOINT = 'https://va.bc-intg.liveperson.net/thirdparty-services-0.1/webview';

describe('payload', () => {
  it('is exactly the three IDs when there is nothing else: no message key, and an empty list the body leaves out', async () => {
    const payload = buildPayload({ ids: IDS, url: PAGE });
    expect(payload).to.deep.equal({ ...IDS, contextVariables: [] });
    const body = JSON.parse((await signRequest(payload, ENDPOINT)).body);
    expect(Object.keys(body)).to.have.members(['botId', 'conversationId', 'userId']);
  });

  it('carries the message and every variable as {name, value} strings, in source order', () => {
    const body = buildPayload({
      ids: IDS,
      url: PAGE,
      message: 'request successful',
      variables: { source: 'chat', attempt: 2, consent: true, skipped: null },
      urlVariables: ['PaymentId', 'PaymentStatus', 'absent', 'empty'],
      values: [
        { name: 'name', value: 'Arthur' },
        { name: 'color', value: 'blue' },
      ],
    });
    expect(body).to.deep.equal({
      ...IDS,
      message: 'request successful',
      contextVariables: [
        { name: 'source', value: 'chat' },
        { name: 'attempt', value: '2' },
        { name: 'consent', value: 'true' },
        { name: 'PaymentId', value: '534e' },
        { name: 'PaymentStatus', value: 'PROCESSED' },
        { name: 'name', value: 'Arthur' },
        { name: 'color', value: 'blue' },
      ],
    });
  });

  it('reads url-variables from the fragment when the query lacks them', () => {
    const body = buildPayload({ ids: IDS, url: 'https://forms.example/pay#PaymentId=9', urlVariables: ['PaymentId'] });
    expect(body.contextVariables).to.deep.equal([{ name: 'PaymentId', value: '9' }]);
  });

  it('leaves the message key out when the message is empty or blank', () => {
    expect(buildPayload({ ids: IDS, url: PAGE, message: '' })).not.to.have.property('message');
    expect(buildPayload({ ids: IDS, url: PAGE, message: '   ' })).not.to.have.property('message');
  });

  it('keeps the message exactly as written, quotes and all', () => {
    const message = 'He said "hi" || and left';
    expect(buildPayload({ ids: IDS, url: PAGE, message }).message).to.equal(message);
  });

  it('refuses a name set by two sources and names both', () => {
    const error = thrownBy(() => buildPayload({ ids: IDS, url: PAGE, variables: { name: 'x' }, values: [{ name: 'name', value: 'y' }] }));
    expect(error.kind).to.equal('config');
    expect(error.message).to.equal('The variable "name" is set twice, by variables and by a form field: rename one of them.');
  });

  it('refuses variables that are not an object', () => {
    expect(thrownBy(() => buildPayload({ ids: IDS, url: PAGE, variables: ['a'] })).kind).to.equal('config');
    expect(thrownBy(() => buildPayload({ ids: IDS, url: PAGE, variables: 'a' })).kind).to.equal('config');
  });

  it('refuses a variable whose value is an object', () => {
    const error = thrownBy(() => buildPayload({ ids: IDS, url: PAGE, variables: { nested: { a: 1 } } }));
    expect(error.message).to.contain('"nested"');
  });

  it('says when the variables attribute is not JSON', () => {
    const malformed = jsonAttribute("{source: 'chat'}");
    const error = thrownBy(() => buildPayload({ ids: IDS, url: PAGE, variables: malformed }));
    expect(error.kind).to.equal('config');
    expect(error.message).to.contain('not valid JSON');
  });

  it('gives a checked payload without variables an empty list', () => {
    expect(checkPayload({ ...IDS, message: 'hi' })).to.deep.equal({ ...IDS, message: 'hi', contextVariables: [] });
  });

  it('checks an amended payload and lists what is wrong', () => {
    const error = thrownBy(() => checkPayload({ ...IDS, convId: 'x', contextVariables: [{ name: 'a', value: 1 }] }));
    expect(error.kind).to.equal('config');
    expect(error.details.join('\n')).to.contain('contextVariables.0.value');
  });
});
