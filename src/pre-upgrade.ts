/**
 * How an HTML-first page looks before `<webview-form>` is defined: the same as after, so that the
 * upgrade moves nothing. The page inlines `PRE_UPGRADE_STYLES` in a `<style>` in its head (the
 * build writes it as dist/webview-form.css too). Made of the element's own sheets, so it cannot
 * drift from them: the shadow root's `:host` rule (element/styles.ts), for the tag while it is not
 * defined, and the light DOM's sheets of every field type (dom/light-styles.ts, kinds/styles.ts,
 * dates/styles.ts), the same text the element adopts once it runs. Those name only the element's
 * classes and sit in `@layer webview-form`, so the page's own rules still win.
 *
 * The shadow root adds no box around the content before a send is tried: its regions are empty
 * and the content's slot draws none. A form with steps or conditions is hidden by the upgrade
 * until the steps code has judged them, so only a form without them keeps its look throughout.
 */
import { styles } from './element/styles.js';
import { lightStyles } from './dom/light-styles.js';
import { kindStyles } from './kinds/styles.js';
import { dateStyles } from './dates/styles.js';

/** The shadow root's `:host` rule, for the tag that is not defined yet. */
const hostRule = /:host\s*\{[^}]*\}/.exec(styles.cssText)![0].replace(':host', 'webview-form:not(:defined)');

/** The stylesheet for a `<style>` in the head of an HTML-first page. */
export const PRE_UPGRADE_STYLES = [hostRule, lightStyles.cssText, kindStyles.cssText, dateStyles.cssText].join('\n');
