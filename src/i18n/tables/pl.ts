import type { WebviewMessages } from '../messages.js';

/** Polish: every text the element shows. */
const pl: WebviewMessages = {
  send: 'Wyślij',
  sending: 'Wysyłanie…',
  successTitle: 'Wysłano',
  success: 'Dziękujemy! Możesz wrócić do rozmowy.',
  choose: 'Wybierz…',
  optional: '(opcjonalnie)',
  summaryTitle: 'Wystąpił problem',
  summary:
    '{count, plural, one {Jest # problem: popraw go} few {Są # problemy: popraw je} many {Jest # problemów: popraw je} other {Jest # problemu: popraw je}} i spróbuj ponownie.',
  summaryOne: 'Popraw odpowiedź poniżej i spróbuj ponownie.',
  summaryItem: '{label}: {message}',
  valueMissing: 'Uzupełnij pole „{label}”.',
  valueMissingChoice: 'Wybierz opcję w polu „{label}”.',
  valueMissingCheckbox: 'Zaznacz to pole, aby kontynuować.',
  typeMismatchEmail: 'Wpisz adres e-mail w formacie nazwa@example.com.',
  typeMismatchUrl: 'Wpisz adres strony w formacie https://example.com.',
  patternMismatch: 'Uzupełnij pole „{label}” w podanym formacie.',
  tooShort:
    'Wpisz co najmniej {minLength, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}} (wpisano {length}).',
  tooLong:
    'Wpisz maksymalnie {maxLength, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}} (wpisano {length}).',
  rangeUnderflow: 'Wpisz wartość nie mniejszą niż {min}.',
  rangeOverflow: 'Wpisz wartość nie większą niż {max}.',
  badInput: 'Wpisz prawidłową wartość w polu „{label}”.',
  cardNumber:
    'To wygląda na numer karty płatniczej, którego ten formularz nie może wysłać: usuń go z pola „{label}”.',
  backToChat: 'Powrót do rozmowy',
  closeFailed: 'Nie udało się automatycznie zamknąć tej strony.',
  canClose: 'Możesz już zamknąć tę stronę.',
  linkIncomplete:
    'Ten link jest niekompletny, więc formularz nie może połączyć się z rozmową: otwórz formularz ponownie z czatu.',
  linkDamaged: 'Ten link jest uszkodzony: otwórz formularz ponownie z czatu.',
  offline:
    'Nie masz połączenia z internetem: połącz się ponownie i wyślij jeszcze raz. Twoje odpowiedzi zostały zachowane.',
  unreachable:
    'Nie udało się połączyć z usługą bota: sprawdź połączenie i wyślij ponownie. Twoje odpowiedzi zostały zachowane.',
  loadFailed: 'Nie udało się wczytać części formularza. Sprawdź połączenie i spróbuj ponownie.',
  timedOut:
    'Usługa bota nie odpowiedziała na czas: sprawdź połączenie i wyślij ponownie. Twoje odpowiedzi zostały zachowane.',
  busy: 'Usługa bota jest teraz przeciążona: odczekaj chwilę i wyślij ponownie. Twoje odpowiedzi zostały zachowane.',
  refused: 'Usługa bota odrzuciła odpowiedzi: wyślij je ponownie. Twoje odpowiedzi zostały zachowane.',
  signatureRefused: 'Usługa bota nie zaakceptowała tego linku: otwórz formularz ponownie z czatu.',
  setupError: 'Ten formularz jest źle skonfigurowany, więc nie można go wysłać.',
  tooLarge: 'Odpowiedzi są za długie, by je wysłać: skróć tekst w polu „{name}” i wyślij ponownie.',
  cardRefused:
    'Przez ten formularz nie można wysyłać numerów kart: usuń wpisany numer ({labels}) i wyślij ponownie.',
  progress: 'Krok {index} z {count}',
  back: 'Wstecz',
  next: 'Dalej',
  reviewTitle: 'Sprawdź odpowiedzi',
  change: 'Zmień',
  yes: 'Tak',
  no: 'Nie',
  notAnswered: 'Brak odpowiedzi',
  masked: 'Ukryte',
};

export default pl;
