import type { WebviewMessages } from '../messages.js';

/** French: every text the element shows. */
const fr: WebviewMessages = {
  send: 'Envoyer',
  sending: 'Envoi en cours…',
  successTitle: 'Envoyé',
  success: 'Merci\u00a0! Vous pouvez revenir à la conversation.',
  choose: 'Choisissez…',
  optional: '(facultatif)',
  summaryTitle: 'Il y a un problème',
  summary:
    '{count, plural, one {Il y a # problème\u00a0: corrigez-le} many {Il y a # de problèmes\u00a0: corrigez-les} other {Il y a # problèmes\u00a0: corrigez-les}}, puis réessayez.',
  summaryOne: 'Corrigez la réponse ci-dessous, puis réessayez.',
  summaryItem: '{label}\u00a0: {message}',
  valueMissing: 'Renseignez le champ «\u00a0{label}\u00a0».',
  valueMissingChoice: 'Choisissez une option pour «\u00a0{label}\u00a0».',
  valueMissingCheckbox: 'Cochez cette case pour continuer.',
  typeMismatchEmail: 'Saisissez une adresse e-mail valide, par exemple nom@example.com.',
  typeMismatchUrl: 'Saisissez une adresse web valide, par exemple https://example.com.',
  patternMismatch: 'Renseignez le champ «\u00a0{label}\u00a0» au format indiqué.',
  tooShort:
    'Saisissez au moins {minLength, plural, one {# caractère} many {# de caractères} other {# caractères}} (actuellement\u00a0: {length}).',
  tooLong:
    'Saisissez au maximum {maxLength, plural, one {# caractère} many {# de caractères} other {# caractères}} (actuellement\u00a0: {length}).',
  rangeUnderflow: 'Saisissez une valeur supérieure ou égale à {min}.',
  rangeOverflow: 'Saisissez une valeur inférieure ou égale à {max}.',
  badInput: 'Saisissez une valeur valide pour «\u00a0{label}\u00a0».',
  cardNumber:
    'Cela ressemble à un numéro de carte bancaire, que ce formulaire ne doit pas envoyer\u00a0: retirez-le du champ «\u00a0{label}\u00a0».',
  backToChat: 'Retour à la conversation',
  closeFailed: 'Cette page n’a pas pu se fermer automatiquement.',
  canClose: 'Vous pouvez maintenant fermer cette page.',
  linkIncomplete:
    'Ce lien est incomplet, le formulaire ne peut donc pas joindre la conversation\u00a0: rouvrez le formulaire depuis le chat.',
  linkDamaged: 'Ce lien n’est pas valide\u00a0: rouvrez le formulaire depuis le chat.',
  offline: 'Vous êtes hors ligne\u00a0: reconnectez-vous, puis envoyez à nouveau. Vos réponses sont conservées.',
  unreachable:
    'Impossible de joindre le service du bot\u00a0: vérifiez votre connexion et envoyez à nouveau. Vos réponses sont conservées.',
  loadFailed: 'Une partie du formulaire n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez.',
  timedOut: 'Le service du bot n’a pas répondu à temps\u00a0: vérifiez votre connexion et envoyez à nouveau. Vos réponses sont conservées.',
  busy: 'Le service du bot est momentanément surchargé\u00a0: patientez un instant et envoyez à nouveau. Vos réponses sont conservées.',
  refused: 'Le service du bot a refusé les réponses\u00a0: envoyez-les à nouveau. Vos réponses sont conservées.',
  signatureRefused: 'Le service du bot n’a pas accepté ce lien\u00a0: rouvrez le formulaire depuis le chat.',
  setupError: 'Ce formulaire n’est pas configuré correctement, il ne peut donc pas être envoyé.',
  tooLarge:
    'Les réponses sont trop longues pour être envoyées\u00a0: raccourcissez le texte du champ «\u00a0{name}\u00a0» et envoyez à nouveau.',
  cardRefused:
    'Ce formulaire ne doit pas envoyer de numéros de carte bancaire\u00a0: supprimez le numéro saisi ({labels}), puis envoyez à nouveau.',
  queuedTitle: 'Enregistré, pas encore envoyé',
  queued: 'Vos réponses sont enregistrées sur ce téléphone. Elles seront envoyées dès que vous serez de nouveau en ligne.',
  queuedExpired:
    'Ces réponses attendent depuis plus d’un jour d’être envoyées, la conversation a donc peut-être évolué. Envoyez-les quand même, ou supprimez-les.',
  sendNow: 'Envoyer maintenant',
  sendAnyway: 'Envoyer quand même',
  discard: 'Supprimer',
  notKept:
    'Impossible d’envoyer, et cet appareil ne peut pas conserver vos réponses\u00a0: gardez cette page ouverte, puis envoyez à nouveau.',
  ratingValue: '{value} sur {max}',
  otpLength: 'Saisissez le code à {length, plural, one {# chiffre} many {# de chiffres} other {# chiffres}}.',
  day: 'Jour',
  month: 'Mois',
  year: 'Année',
  dateNeedsDay: 'Indiquez le jour pour «\u00a0{label}\u00a0».',
  dateNeedsMonth: 'Indiquez le mois pour «\u00a0{label}\u00a0».',
  dateNeedsYear: 'Indiquez l’année pour «\u00a0{label}\u00a0».',
  dateDay: 'Le jour doit être compris entre 1 et 31.',
  dateMonth: 'Le mois doit être compris entre 1 et 12.',
  dateYear: 'L’année doit comporter 4 chiffres.',
  dateReal: 'Saisissez une date valide pour «\u00a0{label}\u00a0».',
  dateFuture: 'Pour «\u00a0{label}\u00a0», saisissez la date du jour ou une date passée.',
  dateMin: 'Pour «\u00a0{label}\u00a0», saisissez le {min} ou une date ultérieure.',
  dateMax: 'Pour «\u00a0{label}\u00a0», saisissez le {max} ou une date antérieure.',
  phoneInvalid: 'Saisissez un numéro de téléphone valide. Un numéro hors {country} commence par + suivi de l’indicatif du pays.',
  newTab: '(s’ouvre dans un nouvel onglet)',
  progress: 'Étape {index} sur {count}',
  back: 'Retour',
  next: 'Suivant',
  reviewTitle: 'Vérifiez vos réponses',
  change: 'Modifier',
  yes: 'Oui',
  no: 'Non',
  notAnswered: 'Non renseigné',
  masked: 'Masqué',
};

export default fr;
