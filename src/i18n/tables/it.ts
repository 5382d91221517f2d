import type { WebviewMessages } from '../messages.js';

/** Italian: every text the element shows. */
const it: WebviewMessages = {
  send: 'Invia',
  sending: 'Invio in corso…',
  successTitle: 'Inviato',
  success: 'Grazie, ora può tornare alla conversazione.',
  choose: 'Selezioni…',
  optional: '(facoltativo)',
  summaryTitle: 'C’è un problema',
  summary:
    '{count, plural, one {C’è # problema: lo corregga} many {Ci sono # di problemi: li corregga} other {Ci sono # problemi: li corregga}} e riprovi.',
  summaryOne: 'Corregga la risposta qui sotto e riprovi.',
  summaryItem: '{label}: {message}',
  valueMissing: 'Compili il campo «{label}».',
  valueMissingChoice: 'Scelga un’opzione per «{label}».',
  valueMissingCheckbox: 'Selezioni questa casella per continuare.',
  typeMismatchEmail: 'Inserisca un indirizzo email come nome@example.com.',
  typeMismatchUrl: 'Inserisca un indirizzo web come https://example.com.',
  patternMismatch: 'Compili il campo «{label}» nel formato indicato.',
  tooShort:
    'Inserisca almeno {minLength, plural, one {# carattere} many {# di caratteri} other {# caratteri}} (attualmente {length}).',
  tooLong:
    'Inserisca al massimo {maxLength, plural, one {# carattere} many {# di caratteri} other {# caratteri}} (attualmente {length}).',
  rangeUnderflow: 'Inserisca un valore maggiore o uguale a {min}.',
  rangeOverflow: 'Inserisca un valore minore o uguale a {max}.',
  badInput: 'Inserisca un valore valido per «{label}».',
  cardNumber:
    'Sembra un numero di carta di pagamento, che questo modulo non deve inviare: lo rimuova dal campo «{label}».',
  backToChat: 'Torna alla conversazione',
  closeFailed: 'Questa pagina non è riuscita a chiudersi da sola.',
  canClose: 'Ora può chiudere questa pagina.',
  linkIncomplete:
    'Questo link è incompleto, quindi il modulo non può raggiungere la conversazione: riapra il modulo dalla chat.',
  linkDamaged: 'Questo link è danneggiato: riapra il modulo dalla chat.',
  offline:
    'Il dispositivo è offline: ripristini la connessione e invii di nuovo. Le sue risposte sono state conservate.',
  unreachable:
    'Impossibile raggiungere il servizio del bot: controlli la connessione e invii di nuovo. Le sue risposte sono state conservate.',
  loadFailed: 'Non è stato possibile caricare una parte del modulo. Controlli la connessione e riprovi.',
  timedOut:
    'Il servizio del bot non ha risposto in tempo: controlli la connessione e invii di nuovo. Le sue risposte sono state conservate.',
  busy: 'Il servizio del bot è sovraccarico: attenda un momento e invii di nuovo. Le sue risposte sono state conservate.',
  refused: 'Il servizio del bot ha rifiutato le risposte: le invii di nuovo. Le sue risposte sono state conservate.',
  signatureRefused: 'Il servizio del bot non ha accettato questo link: riapra il modulo dalla chat.',
  setupError:
    'Questo modulo non è configurato correttamente, quindi non può essere inviato.',
  tooLarge: 'Le risposte sono troppo lunghe per essere inviate: accorci il testo del campo «{name}» e invii di nuovo.',
  cardRefused:
    'Questo modulo non deve inviare numeri di carta: rimuova il numero inserito ({labels}) e invii di nuovo.',
  progress: 'Passaggio {index} di {count}',
  back: 'Indietro',
  next: 'Avanti',
  reviewTitle: 'Controlli le risposte',
  change: 'Modifica',
  yes: 'Sì',
  no: 'No',
  notAnswered: 'Nessuna risposta',
  masked: 'Nascosto',
};

export default it;
