import type { WebviewMessages } from '../messages.js';

/** Portuguese (Brazil): every text the element shows. */
const ptBR: WebviewMessages = {
  send: 'Enviar',
  sending: 'Enviando…',
  successTitle: 'Enviado',
  success: 'Obrigado! Agora você pode voltar à conversa.',
  choose: 'Selecione…',
  optional: '(opcional)',
  summaryTitle: 'Há um problema',
  summary:
    '{count, plural, one {Há # problema: corrija-o} many {Há # de problemas: corrija-os} other {Há # problemas: corrija-os}} e tente novamente.',
  summaryOne: 'Corrija a resposta abaixo e tente novamente.',
  summaryItem: '{label}: {message}',
  valueMissing: 'Preencha o campo “{label}”.',
  valueMissingChoice: 'Escolha uma opção em “{label}”.',
  valueMissingCheckbox: 'Marque esta caixa para continuar.',
  typeMismatchEmail: 'Digite um endereço de e-mail como nome@example.com.',
  typeMismatchUrl: 'Digite um endereço da web como https://example.com.',
  patternMismatch: 'Preencha o campo “{label}” no formato indicado.',
  tooShort:
    'Digite pelo menos {minLength, plural, one {# caractere} many {# de caracteres} other {# caracteres}} (você digitou {length}).',
  tooLong:
    'Digite no máximo {maxLength, plural, one {# caractere} many {# de caracteres} other {# caracteres}} (você digitou {length}).',
  rangeUnderflow: 'Digite um valor maior ou igual a {min}.',
  rangeOverflow: 'Digite um valor menor ou igual a {max}.',
  badInput: 'Digite um valor válido em “{label}”.',
  cardNumber:
    'Isso parece um número de cartão de pagamento, que este formulário não pode enviar: remova-o do campo “{label}”.',
  backToChat: 'Voltar à conversa',
  closeFailed: 'Esta página não conseguiu se fechar automaticamente.',
  canClose: 'Agora você pode fechar esta página.',
  linkIncomplete:
    'Este link está incompleto, então o formulário não consegue chegar à conversa: abra o formulário de novo pelo chat.',
  linkDamaged: 'Este link está danificado: abra o formulário de novo pelo chat.',
  offline: 'Você está sem conexão: conecte-se à internet e envie novamente. Suas respostas foram guardadas.',
  unreachable:
    'Não foi possível acessar o serviço do bot: verifique sua conexão e envie novamente. Suas respostas foram guardadas.',
  loadFailed: 'Não foi possível carregar parte do formulário. Verifique sua conexão e tente novamente.',
  timedOut:
    'O serviço do bot não respondeu a tempo: verifique sua conexão e envie novamente. Suas respostas foram guardadas.',
  busy: 'O serviço do bot está sobrecarregado: aguarde um momento e envie novamente. Suas respostas foram guardadas.',
  refused: 'O serviço do bot recusou as respostas: envie-as novamente. Suas respostas foram guardadas.',
  signatureRefused: 'O serviço do bot não aceitou este link: abra o formulário de novo pelo chat.',
  setupError: 'Este formulário não está configurado corretamente, então não pode ser enviado.',
  tooLarge: 'As respostas são longas demais para enviar: encurte o texto do campo “{name}” e envie novamente.',
  cardRefused:
    'Números de cartão não podem ser enviados por este formulário: remova o número digitado ({labels}) e envie novamente.',
  progress: 'Etapa {index} de {count}',
  back: 'Voltar',
  next: 'Avançar',
  reviewTitle: 'Confira suas respostas',
  change: 'Alterar',
  yes: 'Sim',
  no: 'Não',
  notAnswered: 'Sem resposta',
  masked: 'Oculto',
};

export default ptBR;
