import type { WebviewMessages } from '../messages.js';

/** German: every text the element shows. */
const de: WebviewMessages = {
  send: 'Senden',
  sending: 'Wird gesendet…',
  successTitle: 'Gesendet',
  success: 'Danke – Sie können jetzt zur Unterhaltung zurückkehren.',
  choose: 'Bitte wählen…',
  optional: '(optional)',
  summaryTitle: 'Es gibt ein Problem',
  summary:
    '{count, plural, one {Es gibt # Problem} other {Es gibt # Probleme}}: Korrigieren Sie die Angaben und versuchen Sie es dann erneut.',
  summaryOne: 'Korrigieren Sie die Angabe unten und versuchen Sie es dann erneut.',
  summaryItem: '{label}: {message}',
  valueMissing: 'Füllen Sie das Feld „{label}“ aus.',
  valueMissingChoice: 'Wählen Sie eine Option für „{label}“.',
  valueMissingCheckbox: 'Kreuzen Sie dieses Kästchen an, um fortzufahren.',
  typeMismatchEmail: 'Geben Sie eine E-Mail-Adresse im Format name@example.com ein.',
  typeMismatchUrl: 'Geben Sie eine Webadresse im Format https://example.com ein.',
  patternMismatch: 'Füllen Sie das Feld „{label}“ im angegebenen Format aus.',
  tooShort: 'Geben Sie mindestens {minLength, plural, one {# Zeichen} other {# Zeichen}} ein (aktuell {length}).',
  tooLong: 'Geben Sie höchstens {maxLength, plural, one {# Zeichen} other {# Zeichen}} ein (aktuell {length}).',
  rangeUnderflow: 'Geben Sie einen Wert von mindestens {min} ein.',
  rangeOverflow: 'Geben Sie einen Wert von höchstens {max} ein.',
  badInput: 'Geben Sie einen gültigen Wert für „{label}“ ein.',
  cardNumber: 'Das sieht nach einer Kartennummer aus, die dieses Formular nicht senden darf: Entfernen Sie sie aus dem Feld „{label}“.',
  backToChat: 'Zurück zur Unterhaltung',
  closeFailed: 'Diese Seite konnte sich nicht selbst schließen.',
  canClose: 'Sie können diese Seite jetzt schließen.',
  linkIncomplete:
    'Dieser Link ist unvollständig, daher kann das Formular die Unterhaltung nicht erreichen: Öffnen Sie das Formular erneut über den Chat.',
  linkDamaged: 'Dieser Link ist beschädigt: Öffnen Sie das Formular erneut über den Chat.',
  offline: 'Sie sind offline: Stellen Sie die Verbindung wieder her und senden Sie dann erneut. Ihre Antworten bleiben erhalten.',
  unreachable: 'Der Bot-Dienst ist nicht erreichbar: Prüfen Sie Ihre Verbindung und senden Sie erneut. Ihre Antworten bleiben erhalten.',
  loadFailed: 'Ein Teil des Formulars konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.',
  timedOut:
    'Der Bot-Dienst hat nicht rechtzeitig geantwortet: Prüfen Sie Ihre Verbindung und senden Sie erneut. Ihre Antworten bleiben erhalten.',
  busy: 'Der Bot-Dienst ist gerade überlastet: Warten Sie einen Moment und senden Sie erneut. Ihre Antworten bleiben erhalten.',
  refused: 'Der Bot-Dienst hat die Antworten abgelehnt: Senden Sie sie erneut. Ihre Antworten bleiben erhalten.',
  signatureRefused: 'Der Bot-Dienst hat diesen Link nicht akzeptiert: Öffnen Sie das Formular erneut über den Chat.',
  setupError: 'Dieses Formular ist nicht richtig eingerichtet und kann daher nicht gesendet werden.',
  tooLarge: 'Die Antworten sind zu lang zum Senden: Kürzen Sie den Text im Feld „{name}“ und senden Sie erneut.',
  cardRefused:
    'Kartennummern dürfen nicht über dieses Formular gesendet werden: Entfernen Sie die eingegebene Nummer ({labels}) und senden Sie dann erneut.',
  queuedTitle: 'Gespeichert, noch nicht gesendet',
  queued: 'Ihre Antworten sind auf diesem Smartphone gespeichert und werden gesendet, sobald Sie wieder online sind.',
  queuedExpired:
    'Diese Antworten warten seit über einem Tag darauf, gesendet zu werden – die Unterhaltung ist inzwischen vielleicht weitergegangen. Senden Sie sie trotzdem oder verwerfen Sie sie.',
  sendNow: 'Jetzt senden',
  sendAnyway: 'Trotzdem senden',
  discard: 'Verwerfen',
  notKept:
    'Das Senden ist fehlgeschlagen, und dieses Gerät kann Ihre Antworten nicht speichern: Lassen Sie diese Seite geöffnet und senden Sie dann erneut.',
  progress: 'Schritt {index} von {count}',
  back: 'Zurück',
  next: 'Weiter',
  reviewTitle: 'Überprüfen Sie Ihre Antworten',
  change: 'Ändern',
  yes: 'Ja',
  no: 'Nein',
  notAnswered: 'Nicht beantwortet',
  masked: 'Verborgen',
};

export default de;
