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

/**
 * Who the demo's person is, as a real bot reads it from the profile of an authenticated consumer
 * (the messaging platform's personal info): the lead form's link carries it, so the form opens
 * filled in.
 */
export const DEMO_PROFILE = { name: 'Ada Lovelace', email: 'ada@example.com' };

/** What the multi-step form (demo/lead-steps.html) posts, in its order. */
const STEPS_FORM_NAMES = ['name', 'email', 'contact', 'phone', 'company', 'size'];

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
    name: 'steps submitted',
    patterns: ['lead steps submitted'],
    run(bot) {
      // Variables last for the conversation: a phone number from an earlier form is quoted only
      // when this one asked for it.
      const names = bot.getWebViewVariable('contact') === 'phone' ? STEPS_FORM_NAMES : STEPS_FORM_NAMES.filter((name) => name !== 'phone');
      const quoted = names.flatMap((name) => {
        const value = bot.getWebViewVariable(name);
        return value === null ? [] : [`${name} “${value}”`];
      });
      bot.sendMessage(`Thanks ${bot.getWebViewVariable('name') ?? 'there'}! Here is what reached me: ${quoted.join(', ')}.`);
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
    name: 'survey submitted',
    patterns: ['survey submitted'],
    run(bot) {
      const rating = Number(bot.getWebViewVariable('rating'));
      const wrong = bot.getWebViewVariable('wrong');
      const nps = bot.getWebViewVariable('nps');
      const verdict =
        rating <= 2
          ? `Sorry we let you down${wrong ? `: I have passed “${wrong}” to the team` : ''}.`
          : `Thank you for the ${rating} stars!`;
      bot.sendMessage(`${verdict}${nps === null ? '' : ` You would recommend us ${nps} out of 10.`}`);
    },
  },
  {
    name: 'payment processed',
    patterns: ['payment processed'],
    run(bot) {
      bot.sendMessage(
        `Payment ${bot.getWebViewVariable('PaymentId') ?? ''} is ${bot.getWebViewVariable('PaymentStatus') ?? 'unknown'}. Thank you!`,
      );
    },
  },

  {
    name: 'web view',
    // A command typed in the chat: a designed form's message that contains the word is not one.
    startedBy: 'chat',
    patterns: ['web view', 'webview'],
    run(bot) {
      const url = formLink(bot, 'form.html');
      bot.setBotVariable('formURL', url, true, false);
      bot.sendButtons('Tell me a little about yourself: open the form, fill it in and send it.', [{ title: 'Open the form', url }]);
    },
  },
  {
    name: 'steps',
    // A command typed in the chat: a designed form's message that contains the word is not one.
    startedBy: 'chat',
    patterns: ['steps', 'multi-step', 'multi step', 'step by step'],
    run(bot) {
      bot.sendButtons('Here is the same quote, one question page at a time.', [
        { title: 'Open the multi-step form', url: formLink(bot, 'lead-steps.html') },
      ]);
    },
  },
  {
    name: 'quote',
    // A command typed in the chat: a designed form's message that contains the word is not one.
    startedBy: 'chat',
    patterns: ['quote', 'lead'],
    run(bot) {
      // What the bot knows goes in the #fragment, which no server log or Referer sees; the page's
      // prefill="name,email" lets the form start with it.
      const known = new URLSearchParams(DEMO_PROFILE).toString();
      bot.sendButtons(`Happy to prepare a quote, ${DEMO_PROFILE.name}.`, [
        { title: 'Get a quote', url: `${formLink(bot, 'lead.html')}#${known}` },
      ]);
    },
  },
  {
    name: 'survey',
    // A command typed in the chat: a designed form's message that contains the word is not one.
    startedBy: 'chat',
    patterns: ['survey', 'feedback', 'bye'],
    run(bot) {
      bot.sendButtons('Before you go: how did we do? It takes ten seconds.', [
        { title: 'Take the survey', url: formLink(bot, 'survey.html') },
      ]);
    },
  },
  {
    name: 'pay',
    // A command typed in the chat: a designed form's message that contains the word is not one.
    startedBy: 'chat',
    patterns: ['pay', 'payment'],
    run(bot) {
      const paymentId = crypto.randomUUID().replaceAll('-', '');
      bot.sendButtons('Your payment page is ready.', [
        { title: 'Pay now', url: formLink(bot, 'payment.html', `&PaymentId=${paymentId}&PaymentStatus=PROCESSED`) },
      ]);
    },
  },
];

/**
 * What the demo bot says to a form whose message starts none of its dialogs (a form from the
 * designer, say): what reached it, so a person trying their own form sees it worked.
 */
function unmatched(bot: BotContext): void {
  const names = Object.keys(bot.getWebViewVariables());
  bot.sendMessage(
    `A form sent me the message “${bot.getCurrentUserMessage()}”, which starts none of my dialogs. ` +
      (names.length > 0 ? `Variables received: ${names.join(', ')}.` : 'It carried no variables.'),
  );
}

/** Returns a simulated bot with the demo's dialogs and greeting. */
export function createDemoBot(options: Omit<SimulatedBotOptions, 'dialogs' | 'greet' | 'unmatched'> = {}): SimulatedBot {
  return new SimulatedBot({
    ...options,
    dialogs: DEMO_DIALOGS,
    unmatched,
    greet: (context) =>
      context.sendMessage(
        'Hi! Type “web view” for the example form, “quote” for a lead-gen form, “steps” for one in steps, “pay” for a payment page, or “survey” for the survey after a chat.',
      ),
  });
}
