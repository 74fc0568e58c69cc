"""Give Portuguese customer lines per intent, in template families, for the corpus generator."""

FAMILIES: dict[str, list[list[str]]] = {
    "quote_request": [
        [
            "Qual o preço unitário se eu encomendar {qty} {product}?",
            "preço por unidade pra {qty} {product}, quanto sai?",
            "Se fizermos um pedido de {qty} {product}, fica a quanto cada unidade?",
        ],
        [
            "Vocês fazem desconto por volume? Seriam umas {qty} {product}.",
            "tem desconto pra atacado? tô pensando em {qty} {product}",
            "Há desconto de quantidade? Estamos a pensar em {qty} {product}.",
        ],
        [
            "Sou o responsável de compras de uma rede de hotéis e gostaríamos de receber preços "
            "para {qty} {product}.",
            "Trabalho no setor de compras de uma construtora. Precisamos de valores de {product} "
            "para a obra, cerca de {qty} unidades.",
            "Sou gestora de aprovisionamento numa empresa de logística em Leiria; podem indicar-nos "
            "condições comerciais para {qty} {product}?",
        ],
        [
            "Podem me mandar a tabela de preços de vocês?",
            "tem lista de preços atualizada? manda aí pfv",
            "Gostaria de receber a vossa tabela de preços para revenda.",
        ],
        [
            "Quanto custa uma limpeza com clareamento dental na clínica de vocês?",
            "qual o valor da consulta de avaliação pra colocar aparelho?",
            "Quanto fica, mais ou menos, um implante dentário com coroa?",
        ],
        [
            "Qual o valor da sessão de fisioterapia? E se eu fechar um pacote de 10?",
            "quanto custa um pacote de fisio pra dor lombar?",
            "Qual é o preço das sessões de fisioterapia ao domicílio?",
        ],
        [
            "Quanto custa o curso intensivo de inglês de três meses?",
            "qual a mensalidade do curso de espanhol à noite?",
            "Que valor tem a propina do curso de alemão para adultos?",
        ],
        [
            "Quanto sai tirar a carteira de motorista com vocês, já com as aulas práticas?",
            "qual o preço do pacote de 20 aulas de direção?",
            "Quanto custa tirar a carta de condução na vossa escola, com o exame incluído?",
        ],
        [
            "Qual a diária do aluguel de um carro compacto para uma semana em julho?",
            "quanto fica alugar um carro de 7 lugares por 5 dias, retirando no aeroporto?",
            "Que preço fazem para o aluguer de uma carrinha de 9 lugares num fim de semana?",
        ],
        [
            "Podem fazer um orçamento de buffet para um casamento de 120 convidados?",
            "quanto vcs cobram por um coffee break pra 40 pessoas?",
            "Qual seria o preço por pessoa do catering para um jantar de empresa com 80 pessoas?",
        ],
        [
            "Qual o valor da cobertura fotográfica de casamento, cerimônia e festa?",
            "quanto vc cobra pra fotografar um casamento num sábado, umas 8 horas?",
            "Quais são os vossos preços para reportagem fotográfica de casamento com álbum?",
        ],
        [
            "Quanto vocês cobram pra desentupir a pia da cozinha?",
            "qual o valor da visita do encanador aqui na zona norte?",
            "Quanto me levam para reparar uma fuga de água na casa de banho?",
        ],
        [
            "Gostaria de uma estimativa para reformar um banheiro de 6 m², troca de piso e louças.",
            "tem como me dar uma ideia de preço pra reforma da cozinha toda?",
            "Quanto ficaria, por alto, remodelar um T2 antigo em Lisboa?",
        ],
        [
            "Quanto custa uma mudança de um apartamento de 2 quartos de São Paulo para Curitiba?",
            "qual o valor do frete pra mudança de um quarto e sala, sem elevador?",
            "Podiam dar-me um preço para uma mudança do Porto para Braga no fim do mês?",
        ],
        [
            "Quanto custa instalar energia solar numa casa com conta de luz de uns R$600 por mês?",
            "qual o investimento pra um sistema fotovoltaico de 5 kWp com instalação?",
            "Podem fazer-me uma simulação de custos para pôr painéis no telhado da moradia?",
        ],
        [
            "Qual o preço do pacote para Fortaleza com aéreo e hotel, 7 noites em janeiro?",
            "quanto fica o pacote pra Porto Seguro pra 2 adultos e 1 criança?",
            "Quanto custa a viagem organizada à Madeira com voo e hotel para duas pessoas?",
        ],
        [
            "Qual a tarifa do quarto duplo com café da manhã de 14 a 18 de março?",
            "quanto tá a diária pra casal no feriado?",
            "Que preço têm para um quarto de casal com pequeno-almoço na primeira semana de agosto?",
        ],
        [
            "Quanto é a mensalidade da academia? Tem desconto no plano anual?",
            "qual o valor do plano trimestral com musculação e natação?",
            "Quanto custa a inscrição no ginásio mais a mensalidade?",
        ],
        [
            "Quais são os preços do software para uma equipe de 25 pessoas?",
            "quanto custa por usuário por mês o plano empresarial?",
            "Não me interessa o plano básico; qual é o preço do Enterprise para 50 utilizadores?",
        ],
        [
            "Qual o valor da hospedagem de site com domínio e e-mail incluídos?",
            "quanto sai a hospedagem anual pra uma loja virtual pequena?",
            "Que preço tem o alojamento web com certificado SSL para um ano?",
        ],
        [
            "Gostaria de uma cotação de seguro auto para um carro 2019, condutor de 35 anos.",
            "quanto fica um seguro residencial pra apartamento de 70 m²?",
            "Podem fazer-me uma simulação de seguro de saúde para uma família de quatro?",
        ],
        [
            "Quanto vocês cobram de honorários para a contabilidade de uma empresa do Simples "
            "Nacional?",
            "qual a mensalidade do contador pra MEI?",
            "Que avença cobram pela contabilidade de uma pequena empresa com dois funcionários?",
        ],
        [
            "Podem preparar uma proposta para fornecimento mensal de {product}?",
            "vcs conseguem mandar proposta pra um contrato anual de {product}, uns {qty} por mês?",
            "Agradecia uma proposta para o fornecimento regular de {product} às nossas três lojas.",
        ],
        [
            "preço?",
            "valor?",
            "qto custa?",
            "quanto é?",
        ],
        [
            "Só pra ter uma noção, quanto ficariam {qty} {product} com entrega?",
            "me dá um valor aproximado de {qty} {product} com frete incluso",
            "Consegue dar-me um valor indicativo para {qty} {product} com portes incluídos?",
        ],
        [
            "Qual o preço de atacado do vinho tinto, por caixa de 6 garrafas?",
            "quanto sai a caixa de vinho verde pra revenda no restaurante?",
            "Que preço fazem em garrafeira para o Douro reserva, comprando a palete?",
        ],
        [
            "Sou dona de um salão de beleza e queria saber os valores de revenda da linha de "
            "cosméticos.",
            "tenho uma loja de perfumaria, qual o preço pra lojista da linha de skincare?",
            "Somos uma farmácia em Coimbra e gostaríamos de conhecer os preços de distribuidor "
            "dos vossos cosméticos.",
        ],
        [
            "Quanto custa a bicicleta elétrica do site com a bateria maior?",
            "qual o valor à vista do celular de 256 GB que está na vitrine?",
            "Qual é o preço do telemóvel recondicionado de 128 GB?",
        ],
        [
            "Qual o valor da peça de reposição do compressor modelo X200?",
            "quanto tá a embreagem completa pro Gol 1.0?",
            "Que preço tem a embraiagem para um Peugeot 208 de 2017, com montagem?",
        ],
        [
            "Quanto custam os arranjos de flores para decorar uma igreja?",
            "qual o preço de um buquê de noiva com rosas brancas?",
            "Quanto me fica a decoração floral das mesas para um batizado de 50 pessoas?",
        ],
        [
            "Quanto fica a diária de limpeza pós-obra num apartamento de 90 m²?",
            "qual o valor da faxina semanal pra uma casa de 3 quartos?",
            "Que preço cobram por uma limpeza a fundo de um escritório com 200 m²?",
        ],
        [
            "A máquina de lavar não escoa a água e a porta não abre, quanto cobram pela reparação em casa?",
            "oi, o ar condicionado não gela mais, quanto fica pra um técnico vir ver?",
            "O portão automático deixou de funcionar. Podem dar-me um orçamento para a deslocação e reparação?",
        ],
    ],
    "opportunity": [
        [
            "Quero encomendar {qty} {product}, como procedo?",
            "quero fazer um pedido de {qty} {product} ainda hoje",
            "Queria encomendar {qty} {product}. Como fazemos?",
        ],
        [
            "Vou levar três hoje, posso pagar no cartão?",
            "vou comprar, dá pra parcelar em 10x sem juros?",
            "Quero comprar já; aceitam transferência bancária ou MB Way?",
        ],
        [
            "Gostaria de marcar uma consulta com o dentista para a próxima semana.",
            "tem horário pra limpeza dental quinta à tarde? quero marcar",
            "Queria marcar uma consulta de avaliação para o aparelho, de preferência de manhã.",
        ],
        [
            "Quero agendar uma sessão de fisioterapia, já tenho o pedido médico.",
            "consigo marcar fisio pra amanhã cedo?",
            "Gostaria de marcar dez sessões de fisioterapia a partir de segunda-feira.",
        ],
        [
            "Quero reservar o salão de festas para o dia 12 de outubro.",
            "dá pra reservar o espaço pra um aniversário de 60 pessoas em novembro?",
            "Gostaríamos de reservar a quinta para o nosso casamento em junho do próximo ano.",
        ],
        [
            "Quero começar o teste grátis do plano Pro, onde me cadastro?",
            "pode liberar o período de avaliação pra nossa equipe?",
            "Gostaria de experimentar a plataforma durante 14 dias antes de subscrever.",
        ],
        [
            "Fechado, vamos em frente! Qual é o próximo passo?",
            "gostei da proposta, bora fechar",
            "Está decidido, avançamos. O que precisam de nós para começar?",
        ],
        [
            "Onde eu assino o contrato?",
            "pode mandar o contrato que eu assino hoje mesmo",
            "Enviem-me o contrato para assinar, por favor, queremos arrancar já.",
        ],
        [
            "Vocês têm {product} em estoque? Eu levaria dois.",
            "tem {product} a pronta entrega? quero pegar {qty}",
            "Têm {product} em stock? Ficava já com {qty}.",
        ],
        [
            "Conseguem entregar {qty} {product} até o fim do mês? Se sim, fechamos o pedido.",
            "se entregarem até sexta eu compro, topa?",
            "Preciso de {product} entregues até dia 20; se conseguirem, avançamos com a encomenda.",
        ],
        [
            "Estamos procurando fornecedor de {product} para a nossa loja nova.",
            "vamos abrir uma cafeteria mês que vem e precisamos de fornecedor de café em grão",
            "Andamos à procura de um fornecedor de vinhos para o restaurante que vamos abrir em "
            "Setúbal.",
        ],
        [
            "Me coloca na lista de espera da próxima turma, por favor.",
            "quero entrar na lista de espera pro modelo novo da bike",
            "Ponham-me na lista de espera para quando abrir vaga na natação.",
        ],
        [
            "Tenho interesse no curso de italiano para iniciantes e quero me inscrever.",
            "quero me matricular na turma de sábado de manhã",
            "Gostava de me inscrever no curso de francês que começa em setembro.",
        ],
        [
            "Quero assinar o plano anual da academia a partir de segunda.",
            "vou fechar o plano mensal da academia, posso começar hoje?",
            "Quero aderir ao plano do ginásio com aulas de grupo, como me inscrevo?",
        ],
        [
            "Queremos contratar vocês para a limpeza do escritório, duas vezes por semana.",
            "preciso contratar um encanador urgente, podem vir hoje ainda?",
            "Queremos contratar o vosso serviço de contabilidade a partir do próximo mês.",
        ],
        [
            "Quero alugar um carro de sexta a domingo, com retirada no aeroporto de Confins.",
            "preciso alugar uma van pro fim de semana, tem disponível?",
            "Quero reservar um carro automático para levantar em Faro no dia 3.",
        ],
        [
            "Quero reservar um quarto duplo de 3 a 6 de maio.",
            "pode reservar 2 quartos pra mim no feriado?",
            "Queria reservar um quarto de casal com vista mar para duas noites, a partir de amanhã.",
        ],
        [
            "Não quero o plano básico, quero já o empresarial. Como ativo?",
            "nada de pacote simples, vamos direto no completo, pode fechar",
            "O modelo de entrada não me serve, quero encomendar o profissional.",
        ],
        [
            "Vimos o portfólio e queremos vocês como fotógrafos do nosso casamento em março.",
            "queremos fechar a fotografia do casamento, a data 14/09 ainda tá livre?",
            "Adorámos o vosso trabalho e gostaríamos de reservar a data para o nosso casamento.",
        ],
        [
            "Aceitamos o orçamento, quando vocês podem começar a reforma?",
            "aprovado o orçamento da instalação solar, podem agendar a obra",
            "Aceito a proposta da remodelação; digam-me quando podem arrancar os trabalhos.",
        ],
        [
            "Quero contratar o seguro auto que vocês cotaram, como faço o pagamento?",
            "pode emitir a apólice, vou fechar o seguro residencial",
            "Quero avançar com o seguro de saúde que me simularam, o que preciso de enviar?",
        ],
        [
            "Quero um desses, como compro?",
            "eu quero! manda 2 pra mim",
            "Fico com esse, como faço para pagar?",
        ],
        [
            "Quero encomendar um buquê de rosas para entregar sábado de manhã.",
            "dá pra mandar uma cesta de flores amanhã pro hospital? quero comprar",
            "Queria encomendar um ramo de flores para entregar amanhã em Cascais.",
        ],
        [
            "Quero repetir o último pedido, mais {qty} {product}.",
            "manda de novo o mesmo do pedido {order}, por favor",
            "Gostaria de fazer uma nova encomenda igual à {order}.",
        ],
        [
            "Sou do departamento de compras de uma escola e queremos avançar com a compra de "
            "{qty} {product}.",
            "aqui é da administração do condomínio, decidimos contratar a manutenção com vocês",
            "Falo em nome de uma clínica veterinária e queremos subscrever o vosso software de "
            "agendamento.",
        ],
        [
            "Tenho interesse, sim! Pode reservar uma vaga pra mim?",
            "me interessa muito, quero garantir minha vaga",
            "Interessa-me bastante, quero inscrever-me já.",
        ],
        [
            "Já decidi pela instalação das placas solares, podem vir instalar na terça?",
            "já decidi, quero a mudança agendada pro dia 30",
            "Está decidido: marquem-me a mudança para o primeiro sábado do mês.",
        ],
    ],
    "info_only": [
        [
            "Tem estacionamento perto da clínica?",
            "dá pra estacionar aí na frente?",
            "Há parque de estacionamento junto ao espaço?",
        ],
        [
            "Quais formas de pagamento vocês aceitam?",
            "aceitam pix?",
            "Aceitam Multibanco ou só cartão de crédito?",
        ],
        [
            "O curso de inglês serve para quem está começando do zero?",
            "preciso ter algum nível pra fazer a aula de espanhol?",
            "O curso é adequado para principiantes?",
        ],
        [
            "Quais são as dimensões dos modelos de {product}?",
            "qual o tamanho e o peso de {product} que vocês vendem?",
            "Que medidas e especificações têm os vossos {product}?",
        ],
        [
            "Para quais países vocês enviam?",
            "vocês entregam fora do Brasil?",
            "Fazem envios para {country} ou só para Portugal continental?",
        ],
        [
            "Qual é a política de trocas e devoluções?",
            "se não servir, dá pra trocar?",
            "Quantos dias tenho para devolver uma compra feita online?",
        ],
        [
            "Qual é o prazo de garantia dos equipamentos?",
            "a garantia cobre mão de obra também?",
            "Quanto tempo de garantia dão em {product}?",
        ],
        [
            "Vocês vendem peças de reposição para máquinas agrícolas?",
            "vcs trabalham com bicicleta infantil?",
            "Vendem vinho a copo ou só a garrafa?",
        ],
        [
            "Por enquanto só estou pesquisando.",
            "só dando uma olhadinha, obg",
            "Estou só a ver, obrigada.",
        ],
        [
            "Vou pensar e depois volto a falar com vocês.",
            "deixa eu pensar com calma e te aviso",
            "Vou pensar melhor e depois digo alguma coisa.",
        ],
        [
            "As aulas são online ou presenciais?",
            "a consulta pode ser por vídeo?",
            "O curso é à distância ou presencial?",
        ],
        [
            "Vocês atendem em inglês?",
            "alguém aí fala espanhol?",
            "Que línguas falam na receção do hotel?",
        ],
        [
            "O software integra com o Google Agenda?",
            "o sistema funciona no celular também?",
            "A aplicação tem versão para iPhone e Android?",
        ],
        [
            "Os lençóis são 100% algodão?",
            "qual a gramatura do tecido das toalhas?",
            "De que tecido são feitas as cortinas, é linho?",
        ],
        [
            "O hotel aceita animais de estimação?",
            "o quarto tem ar-condicionado e frigobar?",
            "O hotel tem piscina aquecida e estacionamento?",
        ],
        [
            "O seguro residencial cobre danos por água?",
            "o plano de saúde tem carência pra parto?",
            "O seguro automóvel inclui assistência em viagem no estrangeiro?",
        ],
        [
            "Como funciona a energia solar em dias nublados?",
            "precisa de autorização da distribuidora pra instalar placa solar?",
            "Os painéis funcionam bem no inverno, com pouca luz?",
        ],
        [
            "Quais aulas coletivas a academia oferece?",
            "tem pilates aí?",
            "O ginásio tem aulas de spinning ao fim de semana?",
        ],
        [
            "Qual o prazo médio de entrega para o Nordeste?",
            "quanto tempo demora pra chegar em Manaus?",
            "Quanto tempo costuma demorar uma entrega para as ilhas?",
        ],
        [
            "Vocês atendem na zona sul?",
            "fazem mudança pro interior também?",
            "Trabalham também na Margem Sul?",
        ],
        [
            "Esse celular é dual chip?",
            "o telemóvel vem com carregador na caixa?",
            "O aparelho é compatível com 5G?",
        ],
        [
            "A máquina funciona em 220V?",
            "qual o consumo de energia de {product}?",
            "Que potência e voltagem têm {product}?",
        ],
        [
            "Vocês têm unidade em Belo Horizonte?",
            "tem loja física em Campinas?",
            "Têm loja no Porto ou só vendem online?",
        ],
        [
            "O buffet tem opções vegetarianas e sem glúten?",
            "vcs fazem cardápio vegano?",
            "O catering consegue adaptar o menu para alérgicos a frutos secos?",
        ],
        [
            "Os produtos são testados em animais?",
            "o protetor solar é vegano?",
            "Os cremes têm parabenos?",
        ],
        [
            "Oi, tudo bem? Como funciona o serviço de vocês?",
            "me explica como funciona a assinatura?",
            "Podem explicar-me como funciona o processo, passo a passo?",
        ],
        [
            "Vocês abrem no feriado de amanhã?",
            "fecham pra almoço?",
            "Estão abertos em agosto ou fecham para férias?",
        ],
    ],
    "support": [
        [
            "O código de rastreio do pedido {order} não atualiza há cinco dias.",
            "rastreio do {order} parado em 'em trânsito' desde segunda",
            "Podem mandar-me o número de seguimento da encomenda {order}?",
        ],
        [
            "Era pra ter chegado ontem e nada do pedido {order}.",
            "já passou o prazo e minha compra {order} não chegou, o que houve?",
            "O prazo de entrega terminou e a encomenda {order} continua sem chegar.",
        ],
        [
            "Recebi o tamanho errado: pedi M e veio G.",
            "veio a cor errada no pedido {order}",
            "Enviaram-me um artigo diferente do que encomendei ({order}).",
        ],
        [
            "Pedi {qty} {product} e só chegou metade.",
            "faltou item no pedido {order}",
            "A encomenda {order} veio incompleta, falta uma caixa.",
        ],
        [
            "Preciso da segunda via da nota fiscal do pedido {order}.",
            "podem reenviar o boleto que venceu?",
            "Não recebi a fatura com o NIF da empresa, podem emitir de novo?",
        ],
        [
            "Cancelei há 15 dias e o estorno ainda não caiu no cartão.",
            "cadê meu reembolso??",
            "Ainda estou à espera do reembolso da encomenda {order}.",
        ],
        [
            "Preciso cancelar minha consulta de amanhã às 10h.",
            "quero desmarcar a sessão de fisio de quinta",
            "Tenho de cancelar a reserva do quarto para o fim de semana, como faço?",
        ],
        [
            "Dá pra remarcar minha aula de direção para segunda?",
            "posso trocar o horário da consulta com a dentista?",
            "Queria alterar a data da reserva do carro, vou chegar um dia depois.",
        ],
        [
            "O aplicativo fecha sozinho toda vez que eu abro.",
            "o app da academia não carrega minhas aulas",
            "A app deixou de abrir depois da última atualização.",
        ],
        [
            "Não recebo o código de verificação por SMS para entrar na conta.",
            "troquei de celular e perdi o autenticador, como acesso minha conta?",
            "Mudei de telemóvel e já não consigo entrar, o código de acesso não chega.",
        ],
        [
            "A bicicleta que comprei com vocês está com o câmbio com defeito, ainda está na "
            "garantia.",
            "quero acionar a garantia da máquina de lavar, parou de centrifugar",
            "O telemóvel avariou ao fim de dois meses; como aciono a garantia?",
        ],
        [
            "Péssimo atendimento na loja ontem, quero registrar uma reclamação.",
            "a equipe de limpeza deixou o apartamento sujo, muito insatisfeita",
            "Quero apresentar uma reclamação: o técnico não apareceu à hora marcada.",
        ],
        [
            "Meu site está fora do ar desde hoje cedo.",
            "o e-mail do domínio parou de receber mensagens",
            "O alojamento está em baixo, o site dá erro 500.",
        ],
        [
            "Cancelei a assinatura mas continuo sendo cobrado todo mês.",
            "renovaram meu plano sem eu pedir, quero estornar",
            "Cobraram-me a renovação do plano que eu já tinha cancelado.",
        ],
        [
            "Posso mudar o endereço de entrega do pedido {order}?",
            "errei o CEP no pedido {order}, dá pra corrigir?",
            "Enganei-me na morada da encomenda {order}, ainda dá para alterar?",
        ],
        [
            "O inversor que vocês instalaram está mostrando erro e não gera nada.",
            "os painéis foram instalados mês passado mas a produção tá bem abaixo do prometido",
            "A instalação solar que fizeram lá em casa deixou de injetar na rede.",
        ],
        [
            "A reforma está atrasada duas semanas e ninguém me dá retorno.",
            "o pedreiro de vcs sumiu e deixou a obra pela metade",
            "As obras da remodelação estão paradas há dez dias, preciso de uma explicação.",
        ],
        [
            "Como abro um sinistro? Bateram no meu carro ontem.",
            "fiz a participação do sinistro há um mês e ninguém me respondeu",
            "Tive uma infiltração em casa e quero acionar o seguro, qual é o procedimento?",
        ],
        [
            "A caixa chegou amassada e o produto veio quebrado.",
            "o vinho chegou com duas garrafas quebradas",
            "A encomenda chegou toda amolgada e o conteúdo está partido.",
        ],
        [
            "O vazamento que vocês consertaram semana passada voltou.",
            "a torneira que o técnico trocou já tá pingando de novo",
            "A fuga de água voltou a aparecer depois da reparação.",
        ],
        [
            "Já pedi a devolução do {order} mas não recebi a etiqueta.",
            "o motoboy não veio buscar a devolução do pedido {order}",
            "Fiz o pedido de devolução há uma semana e ninguém veio recolher a encomenda.",
        ],
        [
            "Paguei o curso online e não recebi o acesso à plataforma.",
            "não consigo ver as aulas gravadas, dá erro",
            "Já paguei a inscrição mas ainda não tenho acesso à área de aluno.",
        ],
        [
            "Quero trancar minha matrícula da academia por dois meses, estou com lesão.",
            "como congelo meu plano? vou viajar",
            "Queria suspender a mensalidade do ginásio durante as férias.",
        ],
        [
            "Os {product} que recebemos não correspondem à especificação do pedido {order}.",
            "chegaram {product} com defeito de fabricação, como resolvemos?",
            "Recebemos {qty} {product} e vários vieram com defeito; precisamos de substituição.",
        ],
        [
            "O carro alugado está com a luz do motor acesa, o que eu faço?",
            "o carro que aluguei furou o pneu, vcs têm assistência?",
            "A viatura alugada não pega, estou parado na estrada.",
        ],
        [
            "A reserva do hotel não aparece no sistema e estou na recepção agora.",
            "cheguei no hotel e disseram que não tem minha reserva",
            "Fiz a reserva pelo vosso site mas a receção diz que não existe.",
        ],
    ],
    "not_interested": [
        [
            "Obrigado pelo retorno, mas optamos por outra proposta.",
            "valeu, mas fechamos com a concorrência",
            "Agradeço o contacto, mas já adjudicámos a outra empresa.",
        ],
        [
            "Já comprei em outro lugar, obrigado.",
            "acabei comprando em outra loja",
            "Entretanto já comprei noutro sítio, obrigado na mesma.",
        ],
        [
            "A gente não precisa mais disso.",
            "já resolvemos internamente, não vamos precisar",
            "Já não precisamos, obrigado.",
        ],
        [
            "O projeto foi cancelado, então não vamos seguir.",
            "a obra foi suspensa, não vamos mais precisar de nada",
            "A direção cortou o orçamento e o projeto ficou sem efeito.",
        ],
        [
            "Favor remover meu número da lista de transmissão.",
            "tira meu contato daí",
            "Retirem o meu contacto da vossa base de dados, por favor.",
        ],
        [
            "Chega de mensagens, por favor!",
            "para de me mandar isso todo dia",
            "Deixem de me enviar mensagens, já pedi várias vezes.",
        ],
        [
            "DESCADASTRAR",
            "sair",
            "Cancelar subscrição da newsletter.",
            "quero parar de receber as promoções",
        ],
        [
            "Número errado, não conheço essa empresa.",
            "acho que vc mandou pra pessoa errada",
            "Engano, este número não é de quem procura.",
        ],
        [
            "Nunca pedi orçamento nenhum, deve ser engano.",
            "não fiz cadastro nenhum no site de vocês",
            "Não me lembro de ter pedido informação nenhuma.",
        ],
        [
            "Obrigada pelo acompanhamento, mas decidimos não avançar.",
            "agradeço o follow-up, mas resolvemos não seguir com a compra",
            "Obrigado por voltarem a contactar, mas decidimos não prosseguir.",
        ],
        [
            "Talvez ano que vem, agora não.",
            "esse ano não rola, quem sabe mais pra frente",
            "Para já não, talvez lá para o próximo ano.",
        ],
        [
            "No momento não temos interesse em {product}.",
            "obrigado, mas {product} não estão nos nossos planos",
            "Agradecemos, mas não vamos adquirir {product} este ano.",
        ],
        [
            "Achei salgado demais, vou deixar passar.",
            "o valor ficou acima do que podemos investir, vamos declinar",
            "Está caro demais para nós, fica para outra altura.",
        ],
        [
            "não",
            "nao quero",
            "dispenso",
            "não, valeu",
        ],
        [
            "Não me interessa, obrigado.",
            "não é do meu interesse",
            "Sem interesse, obrigada.",
        ],
        [
            "Mudei de ideia, não vou mais fazer a matrícula.",
            "desisti da viagem, não vou precisar do pacote",
            "Mudámos de planos e afinal já não vamos fazer a festa.",
        ],
        [
            "Vocês ligam todo dia, já disse que não quero nada.",
            "já falei que não, respeitem por favor",
            "Que insistência! A resposta continua a ser não.",
        ],
        [
            "Se mandarem mais uma mensagem eu vou bloquear.",
            "vou denunciar como spam se continuar",
            "Próxima mensagem vou bloquear o número, fica avisado.",
        ],
        [
            "Vamos fazer a mudança nós mesmos, obrigado.",
            "decidimos tocar a reforma por conta própria",
            "Afinal vamos tratar da contabilidade internamente.",
        ],
        [
            "A empresa fechou, não precisamos de nada.",
            "encerramos as atividades, não entrem mais em contato",
            "O restaurante fechou portas, por isso já não faz sentido.",
        ],
        [
            "Estamos satisfeitos com o nosso fornecedor atual.",
            "já temos contrato com outra seguradora e estamos bem assim",
            "Estamos bem servidos, obrigado.",
        ],
        [
            "Não tenho mais interesse no curso, pode cancelar minha pré-inscrição.",
            "perdi o interesse, pode tirar meu nome da lista de espera",
            "Já não estou interessada, retirem-me da lista de espera, por favor.",
        ],
        # declining after a quote: the quote word in a refusal
        [
            "Obrigada pelo orçamento, mas acabamos fechando com outra empresa. Podem encerrar o pedido.",
            "pedi orçamento semana passada mas já comprei em outro lugar, obrigado",
            "Por favor cancelem o meu pedido de orçamento, encontrámos uma proposta mais barata.",
        ],
    ],
    "spam": [
        [
            "Notei que seu site não aparece no Google quando buscam pelo seu serviço. Posso te "
            "mostrar como resolver?",
            "dei uma olhada no seu site e encontrei 27 erros que prejudicam o ranqueamento",
            "Reparei que o vosso site está lento no telemóvel; a nossa equipa pode otimizá-lo.",
        ],
        [
            "Olá! Aceitam artigos patrocinados no blog? Pagamos por publicação com link.",
            "Gostaríamos de publicar um guest post no vosso blog com um backlink para o nosso "
            "cliente.",
            "oi, vcs vendem espaço pra post patrocinado no site? tenho vários clientes",
        ],
        [
            "Vendemos base de dados com 50 mil contatos de empresas segmentadas.",
            "lista de leads qualificados de {country}, preço promocional só essa semana",
            "Temos listas de e-mails B2B atualizadas para o seu setor, com garantia de entrega.",
        ],
        [
            "Sou gerente de contas na {company} e ajudamos negócios como o seu a dobrar as vendas "
            "com tráfego pago.",
            "sou consultor na {company}, especialista em Instagram pra pequenas empresas, posso "
            "te mandar uma proposta?",
            "Sou diretora comercial da {company}; gerimos as redes sociais de marcas como a vossa "
            "e gostaríamos de vos apresentar os nossos serviços.",
        ],
        [
            "Desenvolvemos aplicativos de delivery por preço fixo, quer ver nosso portfólio?",
            "a {company} cria o app da sua empresa em 30 dias",
            "Criamos a sua loja online chave na mão, com pagamento em 12 prestações.",
        ],
        [
            "Temos uma proposta de parceria que vai interessar muito à sua empresa, podemos "
            "agendar uma call?",
            "bora fazer uma collab? a gente divulga vcs e vcs divulgam a gente",
            "Gostaríamos de propor uma parceria estratégica entre a {company} e a vossa marca.",
        ],
        [
            "Oi! Sou influenciadora com 80 mil seguidores e quero divulgar sua marca em troca de "
            "permuta.",
            "faço publi no insta e tiktok, aceitam parceria? mando mídia kit",
            "Sou criador de conteúdo e posso promover os vossos produtos aos meus seguidores, "
            "envio tabela de preços.",
        ],
        [
            "Oferecemos atendimento terceirizado e call center com 40% de economia.",
            "a {company} faz outsourcing de TI e suporte 24h, posso enviar uma apresentação?",
            "Prestamos serviços de contabilidade em outsourcing para empresas como a vossa.",
        ],
        [
            "Vaga de trabalho remoto: ganhe R$300 por dia curtindo vídeos.",
            "estamos contratando! trabalhe de casa, só precisa de celular, chama no {link}",
            "Oferta de emprego: 2 horas por dia, 1500 euros por mês, sem experiência. Saiba "
            "mais: {link}",
        ],
        [
            "Seu número foi sorteado na promoção de aniversário, resgate o prêmio em {link}",
            "PARABÉNS, ganhou um cabaz de Natal! Clique em {link} para receber",
            "você é o visitante número 1.000.000! retire seu prêmio agora: {link}",
        ],
        [
            "Prezado, sou advogado de um cliente falecido que deixou uma herança de 4,5 milhões "
            "de dólares sem herdeiros.",
            "preciso da sua ajuda pra transferir uma herança, você fica com 30%",
            "Caro amigo, sou viúva de um empresário e desejo confiar-lhe os meus fundos para "
            "caridade.",
        ],
        [
            "Correios: sua encomenda aguarda pagamento da taxa de importação, regularize em {link}",
            "CTT: a sua encomenda está retida na alfândega. Pague 1,99 EUR em {link}",
            "entrega não realizada por endereço incompleto, atualize em {link}",
        ],
        [
            "Banco: detectamos um acesso suspeito. Confirme seus dados em {link} para evitar o "
            "bloqueio.",
            "O seu acesso ao homebanking expira hoje, atualize em {link}",
            "seu pix foi bloqueado, desbloqueie: {link}",
        ],
        [
            "Segue boleto referente à renovação do domínio, vencimento hoje: {link}",
            "Fatura em atraso nº 45821, evite a negativação pagando em {link}",
            "Enviamos a fatura da sua assinatura anual; pague para evitar a suspensão: {link}",
        ],
        [
            "Preciso que você compre 5 cartões-presente da Google Play e me mande os códigos, é "
            "urgente.",
            "compra uns gift cards pra mim e me manda foto, depois te pago",
            "Estou numa reunião, preciso que compres vales-oferta e me envies os códigos já.",
        ],
        [
            "Encaminhe esta mensagem para 10 contatos ou terá 7 anos de azar.",
            "o WhatsApp vai começar a cobrar! repasse pra todos os grupos",
            "Reenvie esta corrente a 20 amigos e receberá uma surpresa amanhã.",
        ],
        [
            "Confira as melhores ofertas aqui {link}",
            "ganhe seguidores grátis >>> {link}",
            "promo imperdível só hoje {link} {link}",
        ],
        [
            "Oi gato, estou sozinha hoje, vem me conhecer {link}",
            "mulheres solteiras perto de você esperando, clique {link}",
            "Fotos privadas só para ti, desbloqueia aqui: {link}",
        ],
        [
            "Ganhe 15% ao mês com forex, gestão profissional e zero risco.",
            "opção binária com retorno garantido, me chama no privado",
            "Fundo exclusivo paga rendimentos diários de 3%, vagas limitadas, saiba mais em {link}",
        ],
        [
            "Seu site parece desatualizado. Fazemos um novo por apenas R$999 com hospedagem grátis.",
            "o site de vcs tá feio no celular, faço um novo baratinho",
            "Fazemos o redesign do vosso site por 499 euros, com domínio incluído.",
        ],
        [
            "Vendemos avaliações 5 estrelas no Google para o seu negócio.",
            "aumente sua nota no Google Maps com avaliações reais, pacotes a partir de R$50",
            "Oferecemos comentários positivos no TripAdvisor para o vosso restaurante.",
        ],
        [
            "Somos fabricantes de {product} na China, preço de fábrica e envio para {country}.",
            "A {company} é distribuidora de {product} e gostaria de ser sua fornecedora.",
            "Representamos uma fábrica de {product} e podemos oferecer-vos condições exclusivas "
            "de revenda.",
        ],
        [
            "Empréstimo aprovado na hora, mesmo negativado, fale comigo.",
            "crédito pessoal sem fiador, taxa baixa, resposta em 5 minutos",
            "Precisa de dinheiro? Crédito rápido sem papelada, simule em {link}",
        ],
    ],
}
