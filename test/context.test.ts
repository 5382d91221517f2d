import { expect } from '@open-wc/testing';
import { resolveEndpoint, resolveIds } from '../src/core/context.js';
import { thrownBy } from './helpers.js';

const PAGE = 'https://forms.example/lead.html';

describe('context: IDs', () => {
  it('reads the vendor guide link ?userId=…&convId=…&botId=…', () => {
    const ids = resolveIds({ url: `${PAGE}?userId=u1&convId=c1&botId=b1` });
    expect(ids).to.deep.equal({ botId: 'b1', conversationId: 'c1', userId: 'u1' });
  });

  it('reads conversationId, and prefers it over the convId alias', () => {
    const ids = resolveIds({ url: `${PAGE}?userId=u&convId=alias&conversationId=full&botId=b` });
    expect(ids.conversationId).to.equal('full');
  });

  it('reads the #fragment when the query lacks an ID', () => {
    const ids = resolveIds({ url: `${PAGE}?botId=b#userId=u&convId=c` });
    expect(ids).to.deep.equal({ botId: 'b', conversationId: 'c', userId: 'u' });
  });

  it('prefers attribute over query over fragment, for each ID on its own', () => {
    const ids = resolveIds({
      attributes: { botId: 'attr-bot' },
      url: `${PAGE}?botId=query-bot&userId=query-user#botId=hash-bot&userId=hash-user&convId=hash-conv`,
    });
    expect(ids).to.deep.equal({ botId: 'attr-bot', userId: 'query-user', conversationId: 'hash-conv' });
  });

  it('treats empty and whitespace-only attributes and parameters as absent', () => {
    const ids = resolveIds({
      attributes: { botId: '', userId: '  ' },
      url: `${PAGE}?botId=b&userId=%20&convId=c#userId=u`,
    });
    expect(ids).to.deep.equal({ botId: 'b', conversationId: 'c', userId: 'u' });
  });

  it('decodes percent-encoded IDs once', () => {
    expect(resolveIds({ url: `${PAGE}?botId=a%7C%7Cb&userId=u&convId=c%20d` })).to.include({
      botId: 'a||b',
      conversationId: 'c d',
    });
  });

  it('reads configured parameter names instead of the defaults', () => {
    const ids = resolveIds({
      url: `${PAGE}?b=bb&cid=cc&uid=uu&botId=ignored`,
      params: { botId: 'b', conversationId: ['cid'], userId: 'uid' },
    });
    expect(ids).to.deep.equal({ botId: 'bb', conversationId: 'cc', userId: 'uu' });
  });

  it('names every missing ID in a context error', () => {
    const error = thrownBy(() => resolveIds({ url: `${PAGE}?botId=b` }));
    expect(error.kind).to.equal('context');
    expect(error.message).to.equal(
      'This link has no conversation id and user id, so the form cannot reach the conversation: open the form again from the chat.',
    );
    expect(error.details).to.deep.equal(['conversationId is missing', 'userId is missing']);
  });

  it('refuses an over-long ID', () => {
    const error = thrownBy(() => resolveIds({ url: `${PAGE}?botId=${'b'.repeat(257)}&userId=u&convId=c` }));
    expect(error.kind).to.equal('context');
    expect(error.message).to.contain('bot id must be at most 256 characters');
  });

  it('refuses an ID with a control character', () => {
    const error = thrownBy(() => resolveIds({ url: `${PAGE}?botId=b&userId=u%0A&convId=c` }));
    expect(error.kind).to.equal('context');
    expect(error.message).to.contain('user id must not contain control characters');
  });
});

describe('context: endpoint', () => {
  const regions = {
    us: 'https://va.bc-intg.liveperson.net/thirdparty-services-0.1/webview',
    uk: 'https://lo.bc-intg.liveperson.net/thirdparty-services-0.1/webview',
    sy: 'https://sy.bc-intg.liveperson.net/thirdparty-services-0.1/webview',
    gcp: 'https://cbsrvc-us-p.liveperson.net/thirdparty-services-0.1/webview',
  };
  for (const [region, url] of Object.entries(regions)) {
    it(`posts region ${region} to ${url}`, () => {
      expect(resolveEndpoint({ region, url: PAGE })).to.equal(url);
    });
  }

  it('accepts a region in any case', () => {
    expect(resolveEndpoint({ region: ' UK ', url: PAGE })).to.equal(regions.uk);
  });

  it('prefers domain over region', () => {
    expect(resolveEndpoint({ domain: 'bots.example:8443', region: 'us', url: PAGE })).to.equal(
      'https://bots.example:8443/thirdparty-services-0.1/webview',
    );
  });

  it('prefers endpoint over domain and region', () => {
    expect(resolveEndpoint({ endpoint: 'https://relay.example/hook', domain: 'x.example', region: 'us', url: PAGE })).to.equal(
      'https://relay.example/hook',
    );
  });

  it('resolves a path endpoint on the page origin, even on an http page', () => {
    expect(resolveEndpoint({ endpoint: '/thirdparty-services-0.1/webview', url: 'http://intranet.example/form' })).to.equal(
      'http://intranet.example/thirdparty-services-0.1/webview',
    );
  });

  for (const endpoint of [
    'http://localhost:8787/webview',
    'http://127.0.0.1/webview',
    'http://[::1]:3000/webview',
    'HTTP://LOCALHOST/webview',
  ]) {
    it(`allows plain http on loopback: ${endpoint}`, () => {
      expect(resolveEndpoint({ endpoint, url: PAGE })).to.match(/^http:\/\//);
    });
  }

  for (const [endpoint, page] of [
    ['http://bots.example/webview', PAGE],
    ['HTTP://bots.example/webview', PAGE],
    ['hTtP://bots.example/webview', PAGE],
    ['http://127.0.0.1.nip.example/webview', PAGE],
  ]) {
    it(`refuses plain http off loopback: ${endpoint} on ${page}`, () => {
      const error = thrownBy(() => resolveEndpoint({ endpoint, url: page }));
      expect(error.kind).to.equal('config');
      expect(error.message).to.contain('plain http');
    });
  }

  for (const endpoint of ['javascript:alert(1)', 'data:text/plain,x', 'ftp://bots.example/webview']) {
    it(`refuses a non-web scheme: ${endpoint}`, () => {
      expect(thrownBy(() => resolveEndpoint({ endpoint, url: PAGE })).kind).to.equal('config');
    });
  }

  for (const domain of ['A.0', 'bots.256', 'x.1.2.3.999']) {
    it(`refuses the domain "${domain}", a name the URL parser reads as a broken IPv4 address, with a config error in every engine`, () => {
      const error = thrownBy(() => resolveEndpoint({ domain, url: PAGE }));
      expect(error.kind).to.equal('config');
      expect(error.message).to.contain('is not a host name');
    });
  }

  it('refuses a domain written as a URL, and says to write the host', () => {
    const error = thrownBy(() => resolveEndpoint({ domain: 'https://va.bc-intg.liveperson.net', url: PAGE }));
    expect(error.kind).to.equal('config');
    expect(error.message).to.contain('write only the host');
  });

  it('refuses an unknown region and lists the known ones', () => {
    const error = thrownBy(() => resolveEndpoint({ region: 'eu', url: PAGE }));
    expect(error.message).to.equal('region "eu" is unknown: use one of us, uk, sy or gcp, or set domain.');
  });

  it('asks for a region when nothing says where the bot is', () => {
    const error = thrownBy(() => resolveEndpoint({ url: PAGE }));
    expect(error.kind).to.equal('config');
    expect(error.message).to.contain('Set region');
  });
});

describe('context: an endpoint spelt so the URL parser reads it differently from the check', () => {
  // Each is written like a path on this site, or like https, but the URL parser (which drops tabs
  // and newlines and reads a backslash as a slash) makes another host of it.
  const spellings = {
    'a backslash after the slash': '/\\bots.example/webview',
    'two backslashes': '\\\\bots.example/webview',
    'a tab between the slashes': '/\t/bots.example/webview',
    'a newline between the slashes': '/\n/bots.example/webview',
    'a tab inside the scheme': 'h\tttp://bots.example/webview',
    'a newline inside the scheme': 'ht\ntp://bots.example/webview',
    'a tab inside a data: scheme': 'da\tta:application/json,{}',
    'a scheme-relative URL': '//bots.example/webview',
  };
  for (const [what, endpoint] of Object.entries(spellings)) {
    it(`refuses ${what} (${JSON.stringify(endpoint)}): a config error, never another origin`, () => {
      for (const page of [PAGE, 'http://localhost:8000/form.html']) {
        const error = thrownBy(() => resolveEndpoint({ endpoint, url: page }));
        expect(error.kind).to.equal('config');
        expect(error.message).to.contain('endpoint');
      }
    });
  }

  it('still takes a path, or an https URL with tabs the parser drops, on its own terms', () => {
    expect(resolveEndpoint({ endpoint: '/relay/\twebview', url: PAGE })).to.equal('https://forms.example/relay/webview');
    expect(resolveEndpoint({ endpoint: 'ht\ttps://relay.example/hook', url: PAGE })).to.equal('https://relay.example/hook');
  });

  it('resolves a path against the base URL, and refuses one that leaves the page origin through <base>', () => {
    expect(resolveEndpoint({ endpoint: 'hook', url: PAGE, base: 'https://forms.example/relay/' })).to.equal(
      'https://forms.example/relay/hook',
    );
    expect(thrownBy(() => resolveEndpoint({ endpoint: 'hook', url: PAGE, base: 'https://elsewhere.example/' })).kind).to.equal('config');
  });
});
