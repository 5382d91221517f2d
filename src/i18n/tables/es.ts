import type { WebviewMessages } from '../messages.js';

/** Spanish: every text the element shows. */
const es: WebviewMessages = {
  send: 'Enviar',
  sending: 'Enviando…',
  successTitle: 'Enviado',
  success: 'Gracias. Ya puede volver a la conversación.',
  choose: 'Seleccione…',
  optional: '(opcional)',
  summaryTitle: 'Hay un problema',
  summary:
    '{count, plural, one {Hay # problema: corríjalo} many {Hay # de problemas: corríjalos} other {Hay # problemas: corríjalos}} y vuelva a intentarlo.',
  summaryOne: 'Corrija la respuesta de abajo y vuelva a intentarlo.',
  summaryItem: '{label}: {message}',
  valueMissing: 'Complete el campo «{label}».',
  valueMissingChoice: 'Elija una opción en «{label}».',
  valueMissingCheckbox: 'Marque esta casilla para continuar.',
  typeMismatchEmail: 'Escriba una dirección de correo electrónico como nombre@example.com.',
  typeMismatchUrl: 'Escriba una dirección web como https://example.com.',
  patternMismatch: 'Complete el campo «{label}» con el formato indicado.',
  tooShort:
    'Escriba al menos {minLength, plural, one {# carácter} many {# de caracteres} other {# caracteres}} (ha escrito {length}).',
  tooLong:
    'Escriba como máximo {maxLength, plural, one {# carácter} many {# de caracteres} other {# caracteres}} (ha escrito {length}).',
  rangeUnderflow: 'Escriba un valor mayor o igual que {min}.',
  rangeOverflow: 'Escriba un valor menor o igual que {max}.',
  badInput: 'Escriba un valor válido en «{label}».',
  cardNumber:
    'Esto parece un número de tarjeta bancaria, que este formulario no debe enviar: bórrelo del campo «{label}».',
  backToChat: 'Volver a la conversación',
  closeFailed: 'Esta página no pudo cerrarse automáticamente.',
  canClose: 'Ya puede cerrar esta página.',
  linkIncomplete:
    'Este enlace está incompleto, así que el formulario no puede llegar a la conversación: vuelva a abrir el formulario desde el chat.',
  linkDamaged: 'Este enlace está dañado: vuelva a abrir el formulario desde el chat.',
  offline: 'No tiene conexión: vuelva a conectarse y envíe de nuevo. Sus respuestas se conservan.',
  unreachable:
    'No se pudo conectar con el servicio del bot: compruebe su conexión y envíe de nuevo. Sus respuestas se conservan.',
  loadFailed: 'No se pudo cargar una parte del formulario. Compruebe su conexión y vuelva a intentarlo.',
  timedOut:
    'El servicio del bot no respondió a tiempo: compruebe su conexión y envíe de nuevo. Sus respuestas se conservan.',
  busy: 'El servicio del bot está saturado: espere un momento y envíe de nuevo. Sus respuestas se conservan.',
  refused: 'El servicio del bot rechazó las respuestas: envíelas de nuevo. Sus respuestas se conservan.',
  signatureRefused: 'El servicio del bot no aceptó este enlace: vuelva a abrir el formulario desde el chat.',
  setupError: 'Este formulario no está bien configurado, así que no se puede enviar.',
  tooLarge: 'Las respuestas son demasiado largas para enviarlas: acorte el texto del campo «{name}» y envíe de nuevo.',
  cardRefused:
    'No se pueden enviar números de tarjeta con este formulario: borre el número escrito ({labels}) y envíe de nuevo.',
  progress: 'Paso {index} de {count}',
  back: 'Atrás',
  next: 'Siguiente',
  reviewTitle: 'Revise sus respuestas',
  change: 'Cambiar',
  yes: 'Sí',
  no: 'No',
  notAnswered: 'Sin responder',
  masked: 'Oculto',
};

export default es;
