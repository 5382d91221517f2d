import { expect } from '@open-wc/testing';
import { MAX_ID_LENGTH, REGIONS, WEBVIEW_PATH } from '../src/core/protocol.js';
import { Payload } from '../src/core/schemas.js';
import { IDS } from './helpers.js';

describe('protocol', () => {
  it('lists the four hosts the vendor documents', () => {
    expect(REGIONS).to.deep.equal({
      us: 'va.bc-intg.liveperson.net',
      uk: 'lo.bc-intg.liveperson.net',
      sy: 'sy.bc-intg.liveperson.net',
      gcp: 'cbsrvc-us-p.liveperson.net',
    });
    expect(WEBVIEW_PATH).to.equal('/thirdparty-services-0.1/webview');
  });

  it('accepts a body with the three IDs alone', () => {
    expect(Payload.safeParse({ ...IDS }).success).to.be.true;
  });

  it('accepts a message and name/value variables', () => {
    const body = { ...IDS, message: 'request successful', contextVariables: [{ name: 'name', value: 'Arthur' }] };
    expect(Payload.parse(body)).to.deep.equal(body);
  });

  for (const [what, body] of [
    ['a missing userId', { botId: IDS.botId, conversationId: IDS.conversationId }],
    ['convId instead of conversationId', { botId: IDS.botId, convId: IDS.conversationId, userId: IDS.userId }],
    ['variables shaped {someName: value}', { ...IDS, contextVariables: [{ name: 'Arthur' }] }],
    ['a variable whose value is a number', { ...IDS, contextVariables: [{ name: 'age', value: 42 }] }],
    ['a variable with an extra key', { ...IDS, contextVariables: [{ name: 'a', value: 'b', c: 'd' }] }],
    [
      'two variables with one name',
      {
        ...IDS,
        contextVariables: [
          { name: 'a', value: '1' },
          { name: 'a', value: '2' },
        ],
      },
    ],
    ['an empty variable name', { ...IDS, contextVariables: [{ name: ' ', value: '1' }] }],
    ['an empty message', { ...IDS, message: '' }],
    ['a whitespace-only ID', { ...IDS, botId: '   ' }],
    ['an ID with a control character', { ...IDS, botId: 'bot\u0000' }],
    ['an over-long ID', { ...IDS, botId: 'b'.repeat(MAX_ID_LENGTH + 1) }],
  ] as const) {
    it(`refuses a body with ${what}`, () => {
      expect(Payload.safeParse(body).success).to.be.false;
    });
  }
});
