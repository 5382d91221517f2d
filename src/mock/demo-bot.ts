/**
 * The demo's bot, written the way a bot builder writes Conversation Builder code: dialogs whose
 * starters match what the consumer types, or the `message` a web form posts back.
 */
import { SimulatedBot, type BotContext, type Dialog, type SimulatedBotOptions } from './bot.js';

/** Builds a form link the way the vendor's guide does in `__initConversation`. */
function formLink(bot: BotContext, page: string, extra = ''): string {
  const userId = bot.getUserPlatformId();
  const convId = bot.getConversationId();
  return `/${page}?userId=${encodeURIComponent(userId)}&convId=${encodeURIComponent(convId)}&botId=${encodeURIComponent(bot.getBotId())}${extra}`;
}

export const DEMO_DIALOGS: readonly Dialog[] = [
  // Replies to what a form posts come first: their messages contain words the other starters match.
  {
    name: 'form submitted',
    patterns: ['request successful'],
    run(bot) {
      const name = bot.getWebViewVariable('name') ?? 'stranger';
      const color = bot.getWebViewVariable('color');
      const swallow = bot.getWebViewVariable('swallow');
      bot.setBotVariable('visitor_name', name, true, false);
      const details = [color && `your favorite color is ${color}`, swallow && `an unladen swallow flies at ${swallow}`].filter(Boolean);
      bot.sendMessage(`Thanks ${name}! ${details.length ? `I see ${details.join(', and ')}.` : 'I got your form.'}`);
    },
  },
  {
    name: 'lead submitted',
    patterns: ['lead submitted', 'devis demandé'],
    run(bot) {
      const name = bot.getWebViewVariable('name') ?? 'there';
      const email = bot.getWebViewVariable('email');
      bot.sendMessage(`Thanks ${name}! The quote goes to ${email ?? 'you'} within a day.`);
    },
  },
  {
    name: 'payment processed',
    patterns: ['payment processed'],
    run(bot) {
      bot.sendMessage(`Payment ${bot.getWebViewVariable('PaymentId') ?? ''} is ${bot.getWebViewVariable('PaymentStatus') ?? 'unknown'}. Thank you!`);
    },
  },

  {
    name: 'web view',
    patterns: ['web view', 'webview'],
    run(bot) {
      const url = formLink(bot, 'form.html');
      bot.setBotVariable('formURL', url, true, false);
      bot.sendButtons('Tell me a little about yourself: open the form, fill it in and send it.', [{ title: 'Open the form', url }]);
    },
  },
  {
    name: 'quote',
    patterns: ['quote', 'lead'],
    run(bot) {
      bot.sendButtons('Happy to prepare a quote.', [{ title: 'Get a quote', url: formLink(bot, 'lead.html') }]);
    },
  },
  {
    name: 'pay',
    patterns: ['pay', 'payment'],
    run(bot) {
      const paymentId = crypto.randomUUID().replaceAll('-', '');
      bot.sendButtons('Your payment page is ready.', [
        { title: 'Pay now', url: formLink(bot, 'payment.html', `&PaymentId=${paymentId}&PaymentStatus=PROCESSED`) },
      ]);
    },
  },];

/** Returns a simulated bot with the demo's dialogs and greeting. */
export function createDemoBot(options: Omit<SimulatedBotOptions, 'dialogs' | 'greet'> = {}): SimulatedBot {
  return new SimulatedBot({
    ...options,
    dialogs: DEMO_DIALOGS,
    greet: (context) =>
      context.sendMessage('Hi! Type “web view” for the example form, “quote” for a lead-gen form, or “pay” for a payment page.'),
  });
}
