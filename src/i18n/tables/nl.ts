import type { WebviewMessages } from '../messages.js';

/** Dutch: every text the element shows. */
const nl: WebviewMessages = {
  send: 'Versturen',
  sending: 'Bezig met versturen…',
  successTitle: 'Verstuurd',
  success: 'Bedankt! U kunt nu terug naar het gesprek.',
  choose: 'Maak een keuze…',
  optional: '(optioneel)',
  summaryTitle: 'Er is een probleem',
  summary:
    '{count, plural, one {Er is # probleem: los het op} other {Er zijn # problemen: los ze op}} en probeer het opnieuw.',
  summaryOne: 'Verbeter het antwoord hieronder en probeer het opnieuw.',
  summaryItem: '{label}: {message}',
  valueMissing: 'Vul het veld ‘{label}’ in.',
  valueMissingChoice: 'Kies een optie bij ‘{label}’.',
  valueMissingCheckbox: 'Vink dit vakje aan om door te gaan.',
  typeMismatchEmail: 'Vul een e-mailadres in zoals naam@example.com.',
  typeMismatchUrl: 'Vul een webadres in zoals https://example.com.',
  patternMismatch: 'Vul het veld ‘{label}’ in volgens het aangegeven formaat.',
  tooShort: 'Gebruik minstens {minLength, plural, one {# teken} other {# tekens}} (nu {length}).',
  tooLong: 'Gebruik maximaal {maxLength, plural, one {# teken} other {# tekens}} (nu {length}).',
  rangeUnderflow: 'Vul een waarde van {min} of hoger in.',
  rangeOverflow: 'Vul een waarde van {max} of lager in.',
  badInput: 'Vul een geldige waarde in bij ‘{label}’.',
  cardNumber:
    'Dit lijkt op het nummer van een betaalkaart, en dat mag dit formulier niet versturen: verwijder het uit het veld ‘{label}’.',
  backToChat: 'Terug naar het gesprek',
  closeFailed: 'Deze pagina kon zichzelf niet sluiten.',
  canClose: 'U kunt deze pagina nu sluiten.',
  linkIncomplete:
    'Deze link is onvolledig, dus het formulier kan het gesprek niet bereiken: open het formulier opnieuw vanuit de chat.',
  linkDamaged: 'Deze link is beschadigd: open het formulier opnieuw vanuit de chat.',
  offline: 'U bent offline: maak opnieuw verbinding en verstuur het dan nog een keer. Uw antwoorden zijn bewaard.',
  unreachable:
    'De botservice is niet bereikbaar: controleer uw verbinding en verstuur het opnieuw. Uw antwoorden zijn bewaard.',
  loadFailed: 'Een deel van het formulier kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  timedOut:
    'De botservice heeft niet op tijd geantwoord: controleer uw verbinding en verstuur het opnieuw. Uw antwoorden zijn bewaard.',
  busy: 'De botservice is op dit moment overbelast: wacht even en verstuur het opnieuw. Uw antwoorden zijn bewaard.',
  refused: 'De botservice heeft de antwoorden geweigerd: verstuur ze opnieuw. Uw antwoorden zijn bewaard.',
  signatureRefused: 'De botservice heeft deze link niet geaccepteerd: open het formulier opnieuw vanuit de chat.',
  setupError: 'Dit formulier is niet goed ingesteld en kan daarom niet worden verstuurd.',
  tooLarge: 'De antwoorden zijn te lang om te versturen: maak de tekst in het veld ‘{name}’ korter en verstuur het opnieuw.',
  cardRefused:
    'Kaartnummers mogen niet via dit formulier worden verstuurd: verwijder het ingevulde nummer ({labels}) en verstuur het opnieuw.',
  progress: 'Stap {index} van {count}',
  back: 'Vorige',
  next: 'Volgende',
  reviewTitle: 'Controleer uw antwoorden',
  change: 'Wijzigen',
  yes: 'Ja',
  no: 'Nee',
  notAnswered: 'Niet beantwoord',
  masked: 'Verborgen',
};

export default nl;
