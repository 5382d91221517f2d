// Puppeteer's install step would download a browser; these machines use Debian's (test/browsers.mjs).
module.exports = { skipDownload: true };
